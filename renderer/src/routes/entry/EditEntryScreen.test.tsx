import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'
import { MORNING } from '@renderer/test/time'

afterEach(() => {
  sessionStorage.clear()
})

const NIGHT_CRAMP = Date.parse('2026-03-09T23:40:00Z')

async function openEntry(configure: (bridge: TestBridge) => string) {
  let id = ''
  const view = renderApp({
    path: '/journal',
    now: MORNING,
    setup: (b) => {
      id = configure(b)
    },
  })
  window.location.hash = `#/journal/entry/${id}`
  await screen.findByRole('heading', { level: 1, name: 'Edit entry' })
  await screen.findByRole('button', { name: 'Save changes' })
  const stored = () => view.bridge.cramps().find((e) => e.id === id)
  return { ...view, id, stored }
}

describe('Edit an entry', () => {
  it('opens the same form prefilled and saves changes, keeping the stored time', async () => {
    const { user, bridge, id } = await openEntry(
      (b) =>
        b.addCramp({
          startedAt: NIGHT_CRAMP,
          utcOffsetMin: 60,
          side: 'right',
          pain: 6,
          context: 'asleep',
          relief: ['stretch'],
          reliefBest: 'stretch',
          notes: 'woke me',
        }).id,
    )
    // 23:40 UTC at UTC+1 was 00:40 on the 10th for the user.
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('2026-03-10')
    expect(screen.getByLabelText<HTMLInputElement>('Time').value).toBe('00:40')
    const pain = screen.getByRole('group', { name: 'Pain at its worst' })
    expect(within(pain).getByRole('radio', { name: '6' })).toHaveProperty('checked', true)
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe(
      'woke me',
    )

    await user.click(within(pain).getByRole('radio', { name: '9' }))
    await user.click(screen.getByRole('radio', { name: 'Still sore days later' }))
    const since = screen.getByRole('group', { name: 'Since the cramp' })
    await user.click(
      within(since).getByRole('checkbox', { name: 'The leg looks or feels different' }),
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(bridge.callsTo('journal:update')).toHaveLength(1)
    })
    expect(bridge.callsTo('journal:update')[0]).toMatchObject({
      id,
      episode: {
        startedAt: NIGHT_CRAMP,
        utcOffsetMin: 60,
        pain: 9,
        soreness: 3,
        legChanged: true,
        reliefBest: 'stretch',
      },
    })
    expect(await screen.findByText('Changes saved')).toBeTruthy()
    // Soreness three days on is a sign worth mentioning: the entry now says so, calmly.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Worth a word with a clinician' }),
    ).toBeTruthy()
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Pain lasted for days, or the leg looked or felt different',
      }),
    ).toBeTruthy()
    expect(screen.getByText('Your doctor or a physical therapist')).toBeTruthy()
  })

  it('shows the entry’s own red-flag cards: which sign, why, who', async () => {
    await openEntry(
      (b) => b.addCramp({ startedAt: NIGHT_CRAMP, symptoms: ['numbness', 'walking_pain'] }).id,
    )
    const section = screen.getByRole('region', { name: 'Worth a word with a clinician' })
    const signs = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(signs).toEqual([
      'A cramp came with weakness, numbness, swelling or a colour change',
      'Leg pain that comes on when walking and eases with rest',
    ])
    expect(within(section).getByText(/can point to a nerve or circulation problem/)).toBeTruthy()
    expect(within(section).getAllByText('Who to talk to:')).toHaveLength(2)
  })

  it('deletes with Undo that brings the entry back exactly', async () => {
    const { user, bridge, id, stored } = await openEntry(
      (b) => b.addCramp({ startedAt: NIGHT_CRAMP, pain: 7 }).id,
    )
    const before = stored()
    expect(before).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Delete entry' }))
    await waitFor(() => {
      expect(stored()).toBeUndefined()
    })
    // Back where the user came from; the offer outlives the edit screen.
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeTruthy()
    expect(screen.getByText(/^Deleted: Left hamstring, Mon 9 Mar, 23:40/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => {
      expect(stored()).toEqual(before)
    })
    expect(bridge.callsTo('journal:restore')).toEqual([{ id }])
    expect(await screen.findByText(/^Restored: Left hamstring/)).toBeTruthy()
  })

  it('Ctrl+Z undoes a delete too, and the offer ends when the undo window closes', async () => {
    const { user, bridge, id, stored } = await openEntry(
      (b) => b.addCramp({ startedAt: NIGHT_CRAMP }).id,
    )
    await user.click(screen.getByRole('button', { name: 'Delete entry' }))
    await screen.findByRole('button', { name: 'Undo' })
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => {
      expect(stored()).toBeTruthy()
    })

    // Delete again and let the window pass (main's clock moves on).
    window.location.hash = `#/journal/entry/${id}`
    await user.click(await screen.findByRole('button', { name: 'Delete entry' }))
    await screen.findByRole('button', { name: 'Undo' })
    bridge.advance(11_000)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    // Too late: main says so, and nothing comes back.
    expect(await screen.findByText('It is too late to undo that delete.')).toBeTruthy()
    expect(stored()).toBeUndefined()
  })

  it('keeps unsaved edits when leaving, per entry', async () => {
    const { user, id } = await openEntry(
      (b) => b.addCramp({ startedAt: NIGHT_CRAMP, notes: '' }).id,
    )
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'more to say')
    await user.click(screen.getByRole('link', { name: 'Today' }))
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    act(() => {
      window.location.hash = `#/journal/entry/${id}`
    })
    await screen.findByText('Your unsaved answers are still here')
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe(
      'more to say',
    )
    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe('')
  })

  it('says calmly when an entry no longer exists, with a way back', async () => {
    const { user } = renderApp({
      path: '/journal/entry/00000000-0000-4000-8000-999999999999',
      now: MORNING,
    })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This entry no longer exists' }),
    ).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Notifications' })?.textContent).toBe('')
    await user.click(screen.getByRole('link', { name: 'Back to Today' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
  })
})
