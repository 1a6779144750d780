import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SessionInput } from '@shared/domain/routines/history'
import { holdsRoutine, ownRoutines } from '@renderer/features/routines/test/routines'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'

const own = holdsRoutine('Evening calves', [{ name: 'Calf', sec: 30 }])

/** A bedtime stretch from the tray, stopped before its last (required) step. */
const stopped: SessionInput = {
  routineId: 'builtin-bedtime',
  routineName: 'Bedtime stretch',
  routineKind: 'bedtime',
  startedAt: Date.UTC(2026, 2, 10, 21, 30),
  endedAt: Date.UTC(2026, 2, 10, 21, 34),
  utcOffsetMin: 60,
  status: 'stopped_early',
  requiredDone: false,
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
      optional: false,
      outcome: 'incomplete',
    },
  ],
  source: 'tray',
}

/** A whole bedtime stretch on the evening of `day` (March 2026, 22:00 UTC). */
function completedBedtime(day: number): SessionInput {
  return {
    ...stopped,
    startedAt: Date.UTC(2026, 2, day, 22),
    endedAt: Date.UTC(2026, 2, day, 22, 5),
    utcOffsetMin: 0,
    status: 'completed',
    requiredDone: true,
    steps: stopped.steps.map((step) => ({ ...step, outcome: 'done' })),
    source: 'routines',
  }
}

/** A check-in with exercise on `day`, warmed up or not. */
function exerciseDay(bridge: TestBridge, day: number, warmedUp: boolean): void {
  const exercise = {
    type: 'Running',
    minutes: 30,
    effort: 5,
    hardOrNew: false,
    warmedUp,
    cooledDown: false,
    hot: false,
  }
  bridge.addCheckIn({ date: `2026-03-0${day}`, exercise: [exercise] })
}

describe('Routines screen', () => {
  it('lists built-ins and the user’s own with length, kind and actions', async () => {
    renderApp({
      path: '/routines',
      setup: (b) => {
        b.services.routines.save(own)
      },
    })
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
    const { user, bridge } = renderApp({
      path: '/routines',
      setup: (b) => {
        b.services.routines.save(own)
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Delete Evening calves' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete Evening calves?' })
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }))
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }))
    expect(ownRoutines(bridge)).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Delete Evening calves' }))
    await user.click(screen.getByRole('button', { name: 'Delete routine' }))
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Evening calves' })).toBeNull()
    })
    expect(ownRoutines(bridge)).toEqual([])
  })

  it('shows recent sessions and habits kindly', async () => {
    renderApp({
      path: '/routines',
      // Tuesday 10 March, late evening.
      now: Date.UTC(2026, 2, 10, 23),
      setup: (b) => {
        // Whole bedtime stretches on 3 of the last 7 nights, none since Saturday.
        for (const day of [5, 6, 7]) b.services.routines.recordSession(completedBedtime(day))
        b.services.routines.recordSession(stopped)
        // Exercise on 4 days, warmed up before 2 of them.
        exerciseDay(b, 3, true)
        exerciseDay(b, 4, false)
        exerciseDay(b, 6, true)
        exerciseDay(b, 8, false)
      },
    })
    const history = await screen.findByRole('region', { name: 'Recent sessions' })
    const today = (await within(history).findByText('Stopped early')).closest('li') as HTMLElement
    expect(within(today).getByText('Bedtime stretch')).toBeTruthy()
    // Shown on the clock the user saw at the time (UTC+1 then).
    expect(within(today).getByText(/10 Mar.*22:30/)).toBeTruthy()
    expect(today.textContent).toContain('4 min · 2 of 3 steps done · from the tray')
    expect(within(history).getAllByText('Bedtime stretch')).toHaveLength(4)

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
    const { bridge } = renderApp({ path: '/routines' })
    await screen.findByRole('region', { name: 'Built-in routines' })
    act(() => {
      bridge.emit('routines:start', { routineId: 'builtin-cramp-relief', source: 'cramp_now' })
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Cramp relief' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy()
    expect(window.location.hash).toBe('#/routines/builtin-cramp-relief/play?source=cramp_now')
  })
})
