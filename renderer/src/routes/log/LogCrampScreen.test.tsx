import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MORNING } from '@renderer/test/time'
import { renderApp } from '@renderer/test/render-app'

afterEach(() => {
  sessionStorage.clear()
})

function group(name: RegExp | string) {
  return screen.getByRole('group', { name })
}

async function openLog(path = '/journal/log') {
  const view = renderApp({ path, now: MORNING })
  await screen.findByRole('heading', { level: 1, name: 'Log a past cramp' })
  await screen.findByRole('button', { name: 'Save cramp' })
  return view
}

describe('Log a past cramp', () => {
  it('puts the essentials first and labels the rest optional', async () => {
    await openLog()
    const sections = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
    expect(sections).toEqual([
      'The essentials',
      'What might have set it off, optional',
      'What you did about it, optional',
      'Anything that came with it, optional',
      'Afterwards, optional',
    ])
    // Every CONTENT.md trigger is offered.
    expect(within(group('Suspected triggers')).getAllByRole('checkbox')).toHaveLength(9)
    expect(within(group('Which muscle?')).getByRole('radio', { name: /Hamstring/ })).toHaveProperty(
      'checked',
      true,
    )
  })

  it('shows what is missing next to each field, focuses the first, and sends nothing', async () => {
    const { user, bridge } = await openLog()
    // The last side used is the default, so pick none to see the message.
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))
    const pain = group('Pain at its worst')
    expect(await within(pain).findByText('Choose how bad it was, from 0 to 10')).toBeTruthy()
    expect(
      within(group('What were you doing?')).getByText('Choose what you were doing'),
    ).toBeTruthy()
    expect(pain.getAttribute('aria-describedby')).toContain('pain-error')
    expect(document.activeElement).toBe(within(pain).getByRole('radio', { name: '0' }))
    expect(screen.getByText('2 answers need a look')).toBeTruthy()
    expect(bridge.callsTo('journal:create')).toHaveLength(0)

    // Answering clears that field's message at once.
    await user.click(within(pain).getByRole('radio', { name: '7' }))
    expect(within(pain).queryByText('Choose how bad it was, from 0 to 10')).toBeNull()
  })

  it('saves a full entry, with "helped most" only from the relief used', async () => {
    const { user, bridge } = await openLog()
    await user.click(screen.getByRole('radio', { name: '15 min ago' }))
    await user.click(
      within(group('How long did it last?')).getByRole('radio', { name: 'Exact length' }),
    )
    await user.type(screen.getByRole('textbox', { name: 'Minutes' }), '2')
    await user.type(screen.getByRole('textbox', { name: 'Seconds' }), '15')
    await user.click(within(group('Which leg?')).getByRole('radio', { name: 'Right' }))
    await user.click(within(group('Which muscle?')).getByRole('radio', { name: 'Calf' }))
    await user.click(within(group('Pain at its worst')).getByRole('radio', { name: '8' }))
    await user.click(
      within(group('What were you doing?')).getByRole('radio', { name: 'During exercise' }),
    )
    await user.click(screen.getByRole('checkbox', { name: 'Heat or heavy sweating' }))
    await user.click(screen.getByRole('checkbox', { name: 'Not enough to drink' }))
    expect(screen.queryByRole('group', { name: 'Which helped most?' })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: 'Stretching' }))
    await user.click(screen.getByRole('checkbox', { name: 'Water or electrolytes' }))
    const best = group('Which helped most?')
    expect(
      within(best)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['Stretching', 'Water or electrolytes', 'Nothing stood out'])
    await user.click(within(best).getByRole('radio', { name: 'Water or electrolytes' }))
    await user.click(screen.getByRole('checkbox', { name: 'Numbness' }))
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Hot afternoon run')
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))

    await waitFor(() => {
      expect(bridge.callsTo('journal:create')).toHaveLength(1)
    })
    expect(bridge.callsTo('journal:create')[0]).toEqual({
      via: 'form',
      episode: {
        startedAt: MORNING - 15 * 60_000,
        utcOffsetMin: 0,
        durationSec: 135,
        durationBucket: null,
        side: 'right',
        muscle: 'calf',
        pain: 8,
        context: 'exercise',
        // In the form's order, whatever order they were ticked in.
        triggers: ['dehydration', 'heat'],
        relief: ['stretch', 'water'],
        reliefBest: 'water',
        symptoms: ['numbness'],
        soreness: null,
        legChanged: false,
        notes: 'Hot afternoon run',
      },
    })
    expect(bridge.cramps()).toMatchObject([
      { startedAt: MORNING - 15 * 60_000, durationSec: 135, durationBucket: '2_10m' },
    ])
    expect(await screen.findByText('Cramp saved')).toBeTruthy()
    // Saved, so the draft is gone.
    expect(sessionStorage.getItem('limber.draft.log')).toBeNull()
  })

  it('shows main’s field errors inline and keeps everything typed', async () => {
    const { user, bridge } = await openLog()
    bridge.respond('journal:create', () => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid request',
        issues: [{ path: 'episode.notes', message: 'Notes can be up to 5,000 characters' }],
      },
    }))
    await user.click(within(group('Pain at its worst')).getByRole('radio', { name: '4' }))
    await user.click(within(group('What were you doing?')).getByRole('radio', { name: 'Standing' }))
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'kept')
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))

    const notes = screen.getByRole('textbox', { name: 'Notes' })
    await waitFor(() => {
      expect(notes.getAttribute('aria-invalid')).toBe('true')
    })
    expect(notes.getAttribute('aria-describedby')).toContain('notes-error')
    expect(screen.getAllByText('Notes can be up to 5,000 characters').length).toBeGreaterThan(0)
    expect(document.activeElement).toBe(notes)
    expect((notes as HTMLTextAreaElement).value).toBe('kept')
    expect(within(group('Pain at its worst')).getByRole('radio', { name: '4' })).toHaveProperty(
      'checked',
      true,
    )
    // A field problem is shown in place, not repeated as a toast.
    expect(screen.queryByText('Cramp not saved')).toBeNull()
  })

  it('keeps a half-filled form when leaving and coming back, until "Start over"', async () => {
    const { user } = await openLog()
    await user.click(screen.getByRole('radio', { name: '1 hour ago' }))
    await user.click(within(group('Pain at its worst')).getByRole('radio', { name: '6' }))
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'half done')

    await user.click(screen.getByRole('link', { name: 'Routines' }))
    await screen.findByRole('heading', { level: 1, name: 'Routines' })
    window.location.hash = '#/journal/log'
    await screen.findByRole('button', { name: 'Save cramp' })

    expect(screen.getByText('Your unsaved answers are still here')).toBeTruthy()
    expect(screen.getByRole('radio', { name: '1 hour ago' })).toHaveProperty('checked', true)
    expect(within(group('Pain at its worst')).getByRole('radio', { name: '6' })).toHaveProperty(
      'checked',
      true,
    )
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe(
      'half done',
    )

    await user.click(screen.getByRole('button', { name: 'Start over' }))
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe('')
    expect(screen.getByRole('radio', { name: 'Just now' })).toHaveProperty('checked', true)
    expect(sessionStorage.getItem('limber.draft.log')).toBeNull()
  })

  it('opens at "last night around 3 a.m." (asleep) from the morning question', async () => {
    const { user, bridge } = await openLog('/journal/log?when=last_night')
    expect(screen.getByRole('radio', { name: 'Last night, around 3 a.m.' })).toHaveProperty(
      'checked',
      true,
    )
    expect(screen.getByText('Saved as Tuesday 10 March, 03:00.')).toBeTruthy()
    expect(
      within(group('What were you doing?')).getByRole('radio', { name: 'Asleep' }),
    ).toHaveProperty('checked', true)
    await user.click(within(group('Pain at its worst')).getByRole('radio', { name: '5' }))
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))
    await waitFor(() => {
      expect(bridge.callsTo('journal:create')).toHaveLength(1)
    })
    expect(bridge.callsTo('journal:create')[0]).toMatchObject({
      episode: { startedAt: Date.parse('2026-03-10T03:00:00Z'), context: 'asleep', side: 'left' },
    })
  })

  it('takes a picked date and time, and refuses one still to come', async () => {
    const { user, bridge } = await openLog()
    await user.click(screen.getByRole('radio', { name: 'Pick a time' }))
    const date = screen.getByLabelText('Date')
    const time = screen.getByLabelText('Time')
    // Starts at now on main's clock.
    expect((date as HTMLInputElement).value).toBe('2026-03-10')
    expect((time as HTMLInputElement).value).toBe('08:00')
    await user.clear(time)
    await user.type(time, '21:30')
    await user.click(within(group('Pain at its worst')).getByRole('radio', { name: '3' }))
    await user.click(within(group('What were you doing?')).getByRole('radio', { name: 'Standing' }))
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))
    await waitFor(() => {
      expect(time.getAttribute('aria-invalid')).toBe('true')
    })
    expect(document.getElementById('when-error')?.textContent).toBe('That time is still to come')
    expect(time.getAttribute('aria-describedby')).toBe('when-error')
    expect(bridge.callsTo('journal:create')).toHaveLength(0)

    await user.clear(date)
    await user.type(date, '2026-03-09')
    await user.click(screen.getByRole('button', { name: 'Save cramp' }))
    await waitFor(() => {
      expect(bridge.callsTo('journal:create')).toHaveLength(1)
    })
    expect(bridge.callsTo('journal:create')[0]).toMatchObject({
      episode: { startedAt: Date.parse('2026-03-09T21:30:00Z'), utcOffsetMin: 0 },
    })
  })
})
