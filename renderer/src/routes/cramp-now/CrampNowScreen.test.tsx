import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'
import { MORNING } from '@renderer/test/time'

// The page's own clock stands still; main's is moved
// by each test, so what the timer shows depends on main's time alone.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2030-01-01T00:00:00Z') })
})

afterEach(() => {
  vi.useRealTimers()
  sessionStorage.clear()
})

/** A cramp timer main started `agoMs` before MORNING (kept across a restart, say). */
function timingSince(agoMs: number) {
  return {
    now: MORNING - agoMs,
    setup: (b: TestBridge) => {
      b.services.journal.startLive()
      b.advance(agoMs)
    },
  }
}

function timerFace() {
  return screen.getByRole('timer')
}

describe('Cramp now', () => {
  it('starts from Today, times from the stored start, and saves three answers', async () => {
    // A night cramp: 03:10, last side used was right.
    const { user, bridge } = renderApp({
      path: '/today',
      now: Date.parse('2026-03-10T03:10:00Z'),
      setup: (b) => {
        b.addCramp({ startedAt: Date.parse('2026-03-08T23:00:00Z'), side: 'right' })
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Cramp now' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cramp now' })).toBeTruthy()
    expect(bridge.callsTo('journal:live-start')).toHaveLength(1)
    expect(timerFace().textContent).toBe('0:00')
    // The relief guide, in order.
    const steps = within(screen.getByRole('region', { name: 'What helps, in order' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(steps).toEqual([
      'Stretch gently',
      'Massage and move',
      'Warmth now, ice later',
      'Drink something',
      'If it stays sore',
    ])

    // Main's clock moves 80 s; the face follows the clock, not a count of ticks.
    bridge.advance(80_000)
    await user.click(screen.getByRole('link', { name: 'Today' }))
    await user.click(await screen.findByRole('button', { name: 'Back to the cramp timer' }))
    await waitFor(() => {
      expect(timerFace().textContent).toBe('1:20')
    })

    await user.click(screen.getByRole('button', { name: 'It’s over' }))
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Three quick answers' }),
    )
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('status', { hidden: true })
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Timer stopped at 1 minute 20 seconds')
    // Smart defaults: the last side used, and asleep during night hours.
    expect(
      within(screen.getByRole('group', { name: 'Which leg?' })).getByRole('radio', {
        name: 'Right',
      }),
    ).toHaveProperty('checked', true)
    expect(
      within(screen.getByRole('group', { name: 'What were you doing?' })).getByRole('radio', {
        name: 'Asleep',
      }),
    ).toHaveProperty('checked', true)

    // Answering takes a while; the cramp ended when "It's over" was pressed.
    bridge.advance(30_000)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Choose how bad it was, from 0 to 10')).toBeTruthy()
    expect(bridge.callsTo('journal:live-finish')).toHaveLength(0)
    await user.click(
      within(screen.getByRole('group', { name: 'Pain at its worst' })).getByRole('radio', {
        name: '8',
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('heading', { name: 'Saved to your journal' })).toBeTruthy()
    expect(bridge.callsTo('journal:live-finish')).toEqual([
      { side: 'right', pain: 8, context: 'asleep' },
    ])
    // One save: main times the cramp to the stop it recorded.
    expect(bridge.callsTo('journal:live-stop')).toHaveLength(1)
    expect(bridge.callsTo('journal:update')).toHaveLength(0)
    const saved = bridge.cramps()[0]
    expect(saved).toMatchObject({ loggedVia: 'cramp_now', durationSec: 80, pain: 8 })
    expect(screen.getByText('Right hamstring, pain 8 of 10, lasted 1 min 20 s.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Add details' }).getAttribute('href')).toBe(
      `#/journal/entry/${saved?.id ?? ''}`,
    )
    expect(screen.getByRole('link', { name: 'Done' }).getAttribute('href')).toBe('#/today')
  })

  it('picks up a timer that was already running (after a restart) and offers the way back from other screens', async () => {
    const { user } = renderApp({ path: '/routines', ...timingSince(125_000) })
    await user.click(await screen.findByRole('link', { name: 'Back to the timer' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cramp now' })).toBeTruthy()
    expect(timerFace().textContent).toBe('2:05')
    expect(screen.getByText('Timing since 07:57')).toBeTruthy()
    // On the timer's own screen the banner is not repeated.
    expect(screen.queryByRole('link', { name: 'Back to the timer' })).toBeNull()
  })

  it('"Not a cramp" asks first, then discards the timer without saving', async () => {
    const { user, bridge } = renderApp({ path: '/cramp-now', ...timingSince(5_000) })
    await user.click(await screen.findByRole('button', { name: 'Not a cramp / cancel' }))
    const question = screen.getByText('Stop the timer without saving anything?')
    expect(document.activeElement).toBe(question)
    await user.click(screen.getByRole('button', { name: 'No, keep timing' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'It’s over' }))
    expect(bridge.callsTo('journal:live-cancel')).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Not a cramp / cancel' }))
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
    expect(bridge.services.journal.liveState().live).toBeNull()
    expect(bridge.cramps()).toEqual([])
  })

  it('"Keep timing" after "It\'s over" goes back to the running timer', async () => {
    const { user } = renderApp({ path: '/cramp-now', ...timingSince(5_000) })
    await user.click(await screen.findByRole('button', { name: 'It’s over' }))
    await user.click(screen.getByRole('button', { name: 'Keep timing' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'It’s over' }))
    expect(screen.getByText(/^Timing since/)).toBeTruthy()
  })
})
