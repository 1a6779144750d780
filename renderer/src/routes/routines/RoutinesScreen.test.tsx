import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Session } from '@shared/domain/routines/history'
import { holdsRoutine } from '@renderer/features/routines/test/fake-routines'
import { renderRoutines } from '@renderer/features/routines/test/render'

const own = holdsRoutine('Evening calves', [{ name: 'Calf', sec: 30 }])

const session: Session = {
  id: '6f1c7a52-3d7e-4c53-9a53-0d8f2d4a9f10',
  routineId: 'builtin-bedtime',
  routineName: 'Bedtime stretch',
  routineKind: 'bedtime',
  startedAt: Date.UTC(2026, 2, 10, 21, 30),
  endedAt: Date.UTC(2026, 2, 10, 21, 34),
  utcOffsetMin: 60,
  status: 'stopped_early',
  requiredDone: true,
  steps: [
    {
      round: 1,
      stepIndex: 0,
      exerciseId: 'seated_hamstring_stretch',
      optional: false,
      outcome: 'done',
    },
    {
      round: 1,
      stepIndex: 1,
      exerciseId: 'standing_calf_stretch',
      optional: false,
      outcome: 'done',
    },
    {
      round: 1,
      stepIndex: 2,
      exerciseId: 'seated_hamstring_stretch',
      optional: true,
      outcome: 'incomplete',
    },
  ],
  source: 'tray',
}

describe('Routines screen', () => {
  it('lists built-ins and the user’s own with length, kind and actions', async () => {
    renderRoutines('/routines', { custom: [own] })
    const builtIns = await screen.findByRole('region', { name: 'Built-in routines' })
    const cards = within(builtIns).getAllByRole('listitem')
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Desk break',
      'Warm-up',
      'Cool-down',
      'Bedtime stretch',
      'Cramp relief',
      'Strength',
    ])
    const desk = cards[0] as HTMLElement
    expect(within(desk).getByText('about 3 min')).toBeTruthy()
    expect(within(desk).getByText('Built-in')).toBeTruthy()
    expect(within(desk).queryByRole('link', { name: /^Edit/ })).toBeNull()
    expect(within(desk).getByRole('link', { name: 'Start Desk break' }).getAttribute('href')).toBe(
      '#/routines/builtin-desk-break/play?source=routines',
    )

    const mine = screen.getByRole('region', { name: 'Your routines' })
    expect(within(mine).getByRole('heading', { name: 'Evening calves' })).toBeTruthy()
    expect(within(mine).getByText('Yours')).toBeTruthy()
    expect(within(mine).getByRole('link', { name: 'Edit Evening calves' })).toBeTruthy()
  })

  it('asks before deleting the user’s routine, and Keep it changes nothing', async () => {
    const { user, routines } = renderRoutines('/routines', { custom: [own] })
    await user.click(await screen.findByRole('button', { name: 'Delete Evening calves' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete Evening calves?' })
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }))
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }))
    expect(routines.custom).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Delete Evening calves' }))
    await user.click(screen.getByRole('button', { name: 'Delete routine' }))
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Evening calves' })).toBeNull()
    })
    expect(routines.custom).toHaveLength(0)
  })

  it('shows recent sessions and habits kindly', async () => {
    renderRoutines('/routines', {
      sessions: [session],
      adherence: { bedtimeNights: 3, exerciseDays: 4, warmedUpDays: 2, streakDays: 0 },
    })
    const history = await screen.findByRole('region', { name: 'Recent sessions' })
    expect(await within(history).findByText('Bedtime stretch')).toBeTruthy()
    expect(within(history).getByText('Stopped early')).toBeTruthy()
    // Shown on the clock the user saw at the time (UTC+1 then).
    expect(within(history).getByText(/10 Mar.*22:30/)).toBeTruthy()
    expect(history.textContent).toContain('4 min · 2 of 3 steps done · from the tray')

    expect(screen.getByText('3 of 7')).toBeTruthy()
    expect(screen.getByText('Every night counts.')).toBeTruthy()
    expect(screen.getByText('2 of 4')).toBeTruthy()
    // Today's stopped session is in History; the streak tile says why it does not count.
    expect(screen.getByText('0 days')).toBeTruthy()
    expect(
      screen.getByText(/A routine stopped before that is in History but does not count here/),
    ).toBeTruthy()
  })

  it('opens the player when main sends routines:start', async () => {
    const { bridge } = renderRoutines('/routines')
    await screen.findByRole('region', { name: 'Built-in routines' })
    act(() => {
      bridge.emit('routines:start', { routineId: 'builtin-cramp-relief', source: 'cramp_now' })
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Cramp relief' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy()
    expect(window.location.hash).toBe('#/routines/builtin-cramp-relief/play?source=cramp_now')
  })
})
