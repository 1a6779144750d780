import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SessionInput } from '@shared/domain/routines/history'
import { renderApp } from '@renderer/test/render-app'
import { installBridge } from '@renderer/test/test-bridge'
import { holdsRoutine } from '../test/routines'
import { commandForKey } from './keys'
import { msUntilNextSecond } from './usePlayer'

const threeHolds = holdsRoutine('Three holds', [
  { name: 'First hold', sec: 10 },
  { name: 'Second hold', sec: 10 },
  { name: 'Third hold', sec: 10 },
])

/**
 * Loads the player with real timers (Testing Library's waits need them),
 * then freezes setTimeout, performance.now and Date so every second is
 * stepped by hand.
 */
async function openPlayer(path = (id: string) => `/routines/${id}/play?source=reminder`) {
  const bridge = installBridge()
  const own = bridge.services.routines.save(threeHolds)
  const rendered = { ...renderApp({ path: path(own.id), bridge }), own }
  await screen.findByRole('button', { name: 'Start' })
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
  })
  return rendered
}

/**
 * Moves the fake clocks on in small steps, letting React render (and the
 * player re-arm its timer) between them, as a real event loop would.
 */
async function advance(ms: number) {
  let left = ms
  do {
    const step = Math.min(left, 250)
    left -= step
    await act(async () => {
      await vi.advanceTimersByTimeAsync(step)
    })
  } while (left > 0)
}

function press(key: string) {
  fireEvent.keyDown(document.body, { key })
}

const timer = () => screen.getByRole('timer')
// The player is in <main>; the sidebar has headings and a live region of its own.
const inMain = () => within(screen.getByRole('main'))
const stepTitle = () => inMain().getByRole('heading', { level: 2 }).textContent

afterEach(() => {
  vi.useRealTimers()
})

describe('routine player', () => {
  it('starts with Space, counts the lead-in, and maps ← → R to previous, next, restart', async () => {
    await openPlayer()
    press(' ')
    expect(screen.getByText('Get ready')).toBeTruthy()
    expect(timer().textContent).toBe('3')
    await advance(1000)
    expect(timer().textContent).toBe('2')
    await advance(2000)
    expect(stepTitle()).toBe('First hold')
    expect(timer().textContent).toBe('0:10')
    expect(screen.getByText('Step 1 of 3')).toBeTruthy()

    press('ArrowRight')
    expect(stepTitle()).toBe('Second hold')
    expect(screen.getByText('Step 2 of 3')).toBeTruthy()
    await advance(4000)
    expect(timer().textContent).toBe('0:06')
    press('r')
    expect(timer().textContent).toBe('0:10')
    press('ArrowLeft')
    expect(stepTitle()).toBe('First hold')
    expect(timer().textContent).toBe('0:10')
    // Step changes are announced once, politely, not every second.
    expect(
      inMain()
        .getAllByRole('status')
        .some((s) => s.textContent === 'Step 1 of 3: First hold. Hold 10 s.'),
    ).toBe(true)
  })

  it('Space pauses the countdown exactly and resumes it', async () => {
    await openPlayer()
    fireEvent.click(screen.getByRole('button', { name: 'Start' }))
    await advance(3000 + 2400)
    expect(timer().textContent).toBe('0:08')
    press(' ')
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy()
    await advance(60_000)
    expect(timer().textContent).toBe('0:08')
    expect(stepTitle()).toBe('First hold')
    press(' ')
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
    // 7.6 s were left: the step ends exactly then, not a tick later or earlier.
    await advance(7599)
    expect(stepTitle()).toBe('First hold')
    await advance(1)
    expect(stepTitle()).toBe('Second hold')
  })

  it('Esc asks first; stopping saves done, skipped and unfinished steps with the source', async () => {
    const { bridge, own } = await openPlayer()
    const startWall = Date.now()
    press(' ')
    await advance(3000 + 10_000) // lead-in and the whole first hold
    expect(stepTitle()).toBe('Second hold')
    press('ArrowRight') // skip the second
    await advance(2000)
    press('Escape')
    const dialog = screen.getByRole('dialog', { name: 'Stop this routine?' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep going' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(bridge.callsTo('routines:record-session')).toHaveLength(0)

    press('Escape')
    fireEvent.click(screen.getByRole('button', { name: 'Stop routine' }))
    await advance(0)
    expect(screen.getByRole('heading', { name: 'Stopped early' })).toBeTruthy()
    expect(screen.getByText('Saved to your history.')).toBeTruthy()
    const [session] = bridge.callsTo('routines:record-session') as SessionInput[]
    expect(session).toMatchObject({
      routineId: own.id,
      routineName: 'Three holds',
      status: 'stopped_early',
      requiredDone: false,
      source: 'reminder',
      steps: [
        { stepIndex: 0, outcome: 'done' },
        { stepIndex: 1, outcome: 'skipped' },
        { stepIndex: 2, outcome: 'incomplete' },
      ],
    })
    expect(session?.startedAt).toBe(startWall)
    expect((session?.endedAt ?? 0) - (session?.startedAt ?? 0)).toBe(15_000)
    expect(session?.utcOffsetMin).toBe(-new Date(startWall).getTimezoneOffset() || 0)
    // Main stored it as sent.
    expect(bridge.services.routines.recent(1)).toMatchObject([
      { routineId: own.id, status: 'stopped_early', startedAt: startWall },
    ])
  })

  it('completes on time, says so calmly, and records a completed session once', async () => {
    const { bridge } = await openPlayer((id) => `/routines/${id}/play`)
    fireEvent.click(screen.getByRole('button', { name: 'Start' }))
    await advance(0)
    expect(bridge.main.playing.at(-1)).toBe(true)
    await advance(3000 + 30_000 - 1)
    expect(screen.queryByRole('heading', { name: 'Routine complete' })).toBeNull()
    await advance(1)
    expect(screen.getByRole('heading', { name: 'Routine complete' })).toBeTruthy()
    await advance(0)
    const sessions = bridge.callsTo('routines:record-session') as SessionInput[]
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({
      status: 'completed',
      requiredDone: true,
      source: 'routines',
    })
    // Keep-awake is let go once the routine is over.
    expect(bridge.main.playing.at(-1)).toBe(false)
  })

  it('waits for Done (Enter) on reps, with a timed rest between sets', async () => {
    await openPlayer(() => '/routines/builtin-strength/play')
    press(' ')
    await advance(3000)
    expect(stepTitle()).toBe('Glute bridge')
    expect(screen.getByText('Set 1 of 3')).toBeTruthy()
    await advance(120_000)
    expect(screen.getByText('Set 1 of 3')).toBeTruthy()
    press('Enter')
    expect(screen.getByText('Rest')).toBeTruthy()
    expect(timer().textContent).toBe('0:45')
    await advance(45_000)
    expect(screen.getByText('Set 2 of 3')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.getByText('Rest')).toBeTruthy()
  })
})

describe('player keys', () => {
  const base = { status: 'running' as const, segment: 'hold' as const, target: document.body }

  it('maps each key to its action', () => {
    expect(commandForKey({ ...base, key: ' ' })).toBe('pause')
    expect(commandForKey({ ...base, key: ' ', status: 'paused' })).toBe('resume')
    expect(commandForKey({ ...base, key: ' ', status: 'ready' })).toBe('start')
    expect(commandForKey({ ...base, key: 'ArrowRight' })).toBe('next')
    expect(commandForKey({ ...base, key: 'ArrowLeft' })).toBe('previous')
    expect(commandForKey({ ...base, key: 'R' })).toBe('restartStep')
    expect(commandForKey({ ...base, key: 'Escape' })).toBe('confirmStop')
    expect(commandForKey({ ...base, key: 'Enter' })).toBeNull()
    expect(commandForKey({ ...base, key: 'Enter', segment: 'reps' })).toBe('repsDone')
    expect(commandForKey({ ...base, key: 'Escape', status: 'completed' })).toBeNull()
  })

  it('leaves Space and Enter to a focused button, and arrows to a focused field', () => {
    const button = document.createElement('button')
    const input = document.createElement('input')
    expect(commandForKey({ ...base, key: ' ', target: button })).toBeNull()
    expect(commandForKey({ ...base, key: 'Enter', segment: 'reps', target: button })).toBeNull()
    expect(commandForKey({ ...base, key: 'ArrowRight', target: button })).toBe('next')
    expect(commandForKey({ ...base, key: 'ArrowRight', target: input })).toBeNull()
  })
})

describe('msUntilNextSecond', () => {
  it('wakes when the whole-second face changes, never in a busy loop', () => {
    expect(msUntilNextSecond(10_000)).toBe(1000)
    expect(msUntilNextSecond(9_999.5)).toBeCloseTo(999.5)
    expect(msUntilNextSecond(1_250)).toBe(250)
    expect(msUntilNextSecond(0.2)).toBe(4)
  })
})
