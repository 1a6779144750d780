import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@renderer/test/render-app'
import { installBridge } from '@renderer/test/test-bridge'
import { holdsRoutine, ownRoutines } from '../test/routines'

const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })
function stepList(): HTMLElement {
  const list = document.querySelector<HTMLElement>('.step-list')
  if (!list) throw new Error('no step list')
  return list
}
const titles = () =>
  within(stepList())
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent.replace(/^Step \d+: /, ''))

describe('routine editor', () => {
  it('shows the schema’s messages inline, focuses the first, and keeps what was typed', async () => {
    const { user, bridge } = renderApp({ path: '/routines/new?from=builtin-desk-break' })
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Name' })
    expect(name.value).toBe('Desk break (copy)')
    await user.clear(name)
    await user.click(screen.getByRole('button', { name: 'Edit Standing hamstring stretch' }))
    const hold = textbox('Hold (seconds)')
    await user.clear(hold)
    await user.type(hold, '3')
    const cue = textbox('Cue')
    await user.clear(cue)
    await user.click(screen.getByRole('button', { name: 'Save routine' }))

    expect(await screen.findByText('Give the routine a name')).toBeTruthy()
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(name)
    expect(hold.getAttribute('aria-invalid')).toBe('true')
    expect(hold.getAttribute('aria-describedby')).toContain(
      screen.getByText('A hold needs at least 5 seconds').parentElement?.id,
    )
    expect(screen.getByText('Add a short cue')).toBeTruthy()
    expect(hold.value).toBe('3')
    expect(screen.getByRole('alert').textContent).toContain('3 things need a fix')
    // Checked here first: nothing was sent to main.
    expect(bridge.callsTo('routines:save')).toHaveLength(0)

    // Fixing a field clears its message as you type.
    await user.type(name, 'Mine')
    expect(screen.queryByText('Give the routine a name')).toBeNull()
  })

  it('shows main’s field errors next to the right step and keeps the draft', async () => {
    const { user, bridge } = renderApp({ path: '/routines/new?from=builtin-bedtime' })
    await screen.findByRole('textbox', { name: 'Name' })
    bridge.respond('routines:save', () => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid request',
        issues: [{ path: 'steps.1.cue', message: 'Keep the cue to 100 characters' }],
      },
    }))
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    const message = await screen.findByText('Keep the cue to 100 characters')
    // The second step opened to show it, and its cue field carries the error.
    const cue = document.getElementById(message.parentElement?.id.replace(/-error$/, '') ?? '')
    expect(cue?.getAttribute('aria-invalid')).toBe('true')
    expect(
      within(stepList())
        .getAllByRole('listitem')[1]
        ?.contains(cue ?? null),
    ).toBe(true)
    expect(textbox('Name').value).toBe('Bedtime stretch (copy)')
  })

  it('reorders steps with Alt+↑/↓, keeps focus on the moved step and announces it', async () => {
    const { user } = renderApp({ path: '/routines/new?from=builtin-desk-break' })
    await screen.findByRole('textbox', { name: 'Name' })
    expect(titles()).toEqual([
      'March in place',
      'Leg swings, front to back',
      'Standing hamstring stretch',
    ])

    const edit = screen.getByRole('button', { name: 'Edit Standing hamstring stretch' })
    edit.focus()
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(titles()).toEqual([
      'March in place',
      'Standing hamstring stretch',
      'Leg swings, front to back',
    ])
    expect(document.activeElement).toBe(edit)
    const status = document.querySelector('form [role="status"]')
    expect(status?.textContent).toBe('Standing hamstring stretch moved to position 2 of 3.')

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(titles()[0]).toBe('Standing hamstring stretch')
    // Already first: another Alt+↑ changes nothing.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(titles()[0]).toBe('Standing hamstring stretch')
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(titles()[1]).toBe('Standing hamstring stretch')
    expect(document.activeElement).toBe(edit)

    // The buttons do the same.
    await user.click(screen.getByRole('button', { name: 'Move March in place down' }))
    expect(titles()).toEqual([
      'Standing hamstring stretch',
      'March in place',
      'Leg swings, front to back',
    ])
  })

  it('adds a step from the exercise list with its wording, removes one, and saves', async () => {
    const { user, bridge } = renderApp({ path: '/routines/new' })
    await screen.findByRole('heading', { level: 1, name: 'New routine' })
    await user.type(textbox('Name'), 'Calves only')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect(await screen.findByText('Add at least one step')).toBeTruthy()

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a step' }),
      'Standing calf stretch',
    )
    await user.click(screen.getByRole('button', { name: 'Add step' }))
    expect(screen.queryByText('Add at least one step')).toBeNull()
    expect(textbox('Step name').value).toBe('Standing calf stretch')
    expect(document.activeElement).toBe(textbox('Step name'))
    expect(textbox('Cue').value).toBe('A gentle pull, never sharp pain')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a step' }), 'Hip stretch')
    await user.click(screen.getByRole('button', { name: 'Add step' }))
    await user.click(screen.getByRole('button', { name: 'Remove Hip stretch' }))
    expect(titles()).toEqual(['Standing calf stretch'])

    await user.click(screen.getByRole('radio', { name: 'Sets × reps' }))
    await user.clear(textbox('Reps per set'))
    await user.type(textbox('Reps per set'), '12')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Calves only' })).toBeTruthy()
    const saved = ownRoutines(bridge)
    expect(saved).toHaveLength(1)
    expect(saved[0]?.steps[0]).toMatchObject({
      exerciseId: 'standing_calf_stretch',
      mode: { type: 'reps', reps: 12, sets: 1 },
      side: 'each',
    })
  })

  it('keeps built-ins read-only and edits the user’s own routine in place', async () => {
    const bridge = installBridge()
    const own = bridge.services.routines.save(holdsRoutine('Morning', [{ name: 'Reach', sec: 20 }]))
    const { user } = renderApp({ path: '/routines/builtin-warm-up/edit', bridge })
    expect(await screen.findByText(/Built-in routines can’t be changed/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Save routine' })).toBeNull()

    window.location.hash = `#/routines/${own.id}/edit`
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Name' })
    await user.clear(name)
    await user.type(name, 'Morning reach')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    await waitFor(() => {
      expect(ownRoutines(bridge)[0]?.name).toBe('Morning reach')
    })
    expect(ownRoutines(bridge)).toHaveLength(1)
    expect(ownRoutines(bridge)[0]?.id).toBe(own.id)
  })
})
