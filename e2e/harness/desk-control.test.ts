import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { RemindersState } from '../../shared/contract'
import { HarnessClock } from './clock'
import { CONTROL_HEADER, startHarness, type Harness } from './server'

const MINUTE = 60_000
/** Monday 23 November 2026, 09:00 at UTC+1: a working morning with the default reminders. */
const MONDAY_9 = Date.UTC(2026, 10, 23, 8, 0)

const running: { harness: Harness; dir: string }[] = []
afterEach(async () => {
  for (const { harness, dir } of running.splice(0)) {
    await harness.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

async function start(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'limber-desk-test-'))
  const clock = new HarnessClock()
  clock.setUtcOffset(60)
  const harness = await startHarness({
    dataDir: join(dir, 'data'),
    clock,
    startAt: MONDAY_9,
    freezeClock: true,
    logError: () => {},
  })
  running.push({ harness, dir })
  return harness
}

async function control(h: Harness, action: string, body: unknown, token = h.controlToken) {
  const res = await fetch(`${h.origin}/__limber/control/${action}`, {
    method: 'POST',
    headers: { [CONTROL_HEADER]: token, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

function shown(h: Harness): string[] {
  const state = h.core.reminders()?.state()
  return (state?.shown ?? []).map((s) => `${s.kind} +${(s.firedAt - MONDAY_9) / MINUTE}m`)
}

describe('desk controls', () => {
  it('fire a reminder when the clock is advanced to it', async () => {
    const h = await start()
    await control(h, 'clock', { advanceMs: 44 * MINUTE })
    expect(shown(h)).toEqual([])
    await control(h, 'clock', { advanceMs: 2 * MINUTE })
    expect(shown(h)).toEqual(['move +45m'])
  })

  it('lock and unlock the screen: nothing shows while locked, and the break counts', async () => {
    const h = await start()
    const locked = await control(h, 'power', { event: 'lock' })
    expect(locked.status).toBe(200)
    await control(h, 'clock', { advanceMs: 50 * MINUTE })
    expect(shown(h)).toEqual([])
    const unlocked = await control(h, 'power', { event: 'unlock' })
    // Fifty minutes away was the break the move reminder asks for: it starts again from now.
    const upcoming = (unlocked.body.state as RemindersState).snapshot.upcoming
    expect(upcoming.find((u) => u.kind === 'move')?.at).toBe(MONDAY_9 + 95 * MINUTE)
  })

  it('suspend and resume: a three-hour sleep brings no burst of reminders', async () => {
    const h = await start()
    expect((await control(h, 'power', { event: 'suspend' })).status).toBe(200)
    await control(h, 'clock', { advanceMs: 180 * MINUTE })
    await control(h, 'power', { event: 'resume' })
    await control(h, 'clock', { advanceMs: MINUTE })
    expect(shown(h)).toEqual([])
  })

  it('set the idle time, which the reminders read as the user being away', async () => {
    const h = await start()
    await control(h, 'clock', { advanceMs: 10 * MINUTE })
    expect(await control(h, 'idle', { seconds: 300 })).toEqual({
      status: 200,
      body: { idleSeconds: 300 },
    })
    // Away from 09:05: the move reminder due at 09:45 waits for the return.
    await control(h, 'clock', { advanceMs: 40 * MINUTE })
    expect(shown(h)).toEqual([])
    await control(h, 'idle', { seconds: 0 })
    await control(h, 'clock', { advanceMs: 2 * MINUTE })
    expect(shown(h)).toEqual([])
    const move = h.core
      .reminders()
      ?.state()
      .snapshot.upcoming.find((u) => u.kind === 'move')
    expect(move?.at).toBeGreaterThan(MONDAY_9 + 90 * MINUTE)
  })

  it('refuse calls without the token and commands they do not know', async () => {
    const h = await start()
    expect((await control(h, 'power', { event: 'lock' }, 'wrong-token-wrong-token')).status).toBe(
      403,
    )
    expect((await control(h, 'power', { event: 'hibernate' })).status).toBe(400)
    expect((await control(h, 'idle', { seconds: -5 })).status).toBe(400)
    expect((await control(h, 'idle', { seconds: 5, extra: true })).status).toBe(400)
    expect(h.core.reminders()?.state().snapshot.upcoming.length).toBeGreaterThan(0)
  })
})
