import { afterEach, describe, expect, it } from 'vitest'
import { RemindersState } from '../../../shared/contract/reminders'
import { emptyCheckIn } from '../../../shared/domain/checkin-basics'
import { ShownReminder } from '../../../shared/domain/reminders'
import { badDatabases } from '../../testing/fixtures'
import { useTempDirs } from '../../testing/temp-dir'
import type { Core } from '../core'
import { reminderCore } from './service-fixtures'
import { HOUR, local, MINUTE, t } from './test-fixtures'

const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

// Monday 23 November 2026 in Berlin (UTC+1), a working day with the default settings.
function setup(dir = tempDir(), start: Parameters<typeof reminderCore>[1] = '2026-11-23 09:00') {
  const r = reminderCore(dir, start)
  open.push(r.core)
  return { ...r, dir }
}

function restart(prev: ReturnType<typeof setup>) {
  prev.core.close()
  open.splice(open.indexOf(prev.core), 1)
  return setup(prev.dir, prev.clock)
}

const shownKinds = (s: RemindersState) => s.shown.map((r) => `${r.kind} ${local(r.firedAt)}`)

describe('pause', () => {
  it('survives a restart and ends by itself on time, also after the next restart', () => {
    const first = setup()
    first.run('2026-11-23 09:10')
    first.reminders().pause('1h')
    const pause = first.reminders().state().snapshot.pause
    expect(pause).toMatchObject({ option: '1h', until: t('2026-11-23 10:10') })

    const second = restart(first)
    expect(second.reminders().state().snapshot.pause).toEqual(pause)
    // Move was due at 09:45, inside the pause: nothing shows until it ends.
    second.run('2026-11-23 10:09')
    expect(second.reminders().state().shown).toEqual([])
    second.run('2026-11-23 10:11')
    expect(second.reminders().state().snapshot.pause).toBeNull()
    expect(second.names()).toContain('reminders:changed')

    const third = restart(second)
    expect(third.reminders().state().snapshot.pause).toBeNull()
  })

  it('is dropped at start when it ended while the app was closed', () => {
    const first = setup()
    first.reminders().pause('30m')
    first.core.close()
    open.splice(open.indexOf(first.core), 1)
    first.clock.set(t('2026-11-23 09:45'))
    const second = setup(first.dir, first.clock)
    expect(second.reminders().state().snapshot.pause).toBeNull()
  })

  it('"until I resume" lasts across restarts until resumed', () => {
    const first = setup()
    first.reminders().pause('until_resume')
    first.clock.advance(3 * 24 * HOUR)
    const second = restart(first)
    expect(second.reminders().state().snapshot.pause).toMatchObject({ until: null })
    second.reminders().resume()
    expect(restart(second).reminders().state().snapshot.pause).toBeNull()
  })
})

describe('history', () => {
  it('records fire, snooze, fire again and done as two rows, newest first, in the local day', () => {
    const { reminders, run, core } = setup()
    run('2026-11-23 09:46')
    const first = reminders().state().shown[0]
    expect(first).toMatchObject({ kind: 'move', firedAt: t('2026-11-23 09:45') })
    if (!first) throw new Error('no reminder shown')
    expect(reminders().respond(first.id, { type: 'snoozed', minutes: 5 })).toBe(true)
    // The same answer twice is refused: the reminder was already answered.
    expect(reminders().respond(first.id, { type: 'skipped' })).toBe(false)
    // Snoozed at 09:46 for 5 minutes: back at 09:51.
    run('2026-11-23 09:52')
    const again = reminders().state().shown[0]
    expect(again).toMatchObject({ kind: 'move', firedAt: t('2026-11-23 09:51') })
    if (!again) throw new Error('no reminder shown again')
    run('2026-11-23 09:53')
    reminders().respond(again.id, { type: 'done' })

    expect(reminders().recent(1)).toEqual([
      {
        id: again.id,
        kind: 'move',
        dueAt: t('2026-11-23 09:51'),
        firedAt: t('2026-11-23 09:51'),
        utcOffsetMin: 60,
        outcome: 'done',
        outcomeAt: t('2026-11-23 09:53'),
        snoozeMin: null,
      },
      {
        id: first.id,
        kind: 'move',
        dueAt: t('2026-11-23 09:45'),
        firedAt: t('2026-11-23 09:45'),
        utcOffsetMin: 60,
        outcome: 'snoozed',
        outcomeAt: t('2026-11-23 09:46'),
        snoozeMin: 5,
      },
    ])
    const days = core.storage
      .connection()
      .prepare('SELECT DISTINCT local_date FROM reminder_history')
      .pluck()
      .all()
    expect(days).toEqual(['2026-11-23'])
  })

  it('keeps a late-evening reminder in its local day and filters by days', () => {
    // Trends places each row in the user's local day, whatever the UTC date.
    const { reminders, run, clock } = setup(undefined, '2026-11-23 21:50')
    run('2026-11-23 22:01')
    const bedtime = reminders()
      .state()
      .shown.find((s) => s.kind === 'bedtime')
    if (!bedtime) throw new Error('no bedtime reminder')
    reminders().respond(bedtime.id, { type: 'routine_started' })
    clock.set(t('2026-11-25 10:00'))
    expect(reminders().recent(2)).toEqual([])
    expect(
      reminders()
        .recent(3)
        .map((r) => [r.kind, r.outcome]),
    ).toEqual([['bedtime', 'routine_started']])
  })

  it('records a reminder still on screen as not answered when the app closes', () => {
    const first = setup()
    first.run('2026-11-23 09:46')
    expect(shownKinds(first.reminders().state())).toEqual(['move 2026-11-23 09:45'])
    const second = restart(first)
    expect(
      second
        .reminders()
        .recent(1)
        .map((r) => r.outcome),
    ).toEqual(['unanswered'])
    expect(second.reminders().state().shown).toEqual([])
  })
})

describe('done', () => {
  it('"I drank water" adds a glass to today’s check-in, keeps its other answers and restarts water', () => {
    const { core, reminders, run, clock } = setup()
    const { checkIns } = core.services()
    const today = checkIns.today()
    checkIns.save({ ...emptyCheckIn(today), caffeineDrinks: 2, waterMl: 500 })
    run('2026-11-23 09:20')
    expect(reminders().done('hydrate')).toEqual({ waterMl: 750 })
    expect(reminders().done('hydrate')).toEqual({ waterMl: 1000 })
    expect(checkIns.get(today).checkIn).toMatchObject({ waterMl: 1000, caffeineDrinks: 2 })
    const water = reminders()
      .state()
      .snapshot.upcoming.find((u) => u.kind === 'hydrate')
    expect(water?.at).toBe(clock.now() + 60 * MINUTE)
  })

  it('"I drank water" tells open windows that today’s check-in changed', () => {
    const { core, reminders, events } = setup()
    const today = core.services().checkIns.today()
    reminders().done('move')
    expect(events.filter((e) => e.name === 'checkins:changed')).toEqual([])
    reminders().done('hydrate')
    expect(events.filter((e) => e.name === 'checkins:changed')).toEqual([
      { name: 'checkins:changed', payload: { date: today } },
    ])
  })

  it('"I drank water" starts today’s check-in if there is none; "I stood up" adds nothing', () => {
    const { core, reminders } = setup()
    const { checkIns } = core.services()
    expect(reminders().done('move')).toEqual({ waterMl: null })
    expect(checkIns.get(checkIns.today()).checkIn).toBeNull()
    expect(reminders().done('hydrate')).toEqual({ waterMl: 250 })
    expect(checkIns.get(checkIns.today()).checkIn?.waterMl).toBe(250)
  })

  it('answers a shown water reminder as done', () => {
    const { reminders, run } = setup()
    run('2026-11-23 10:01')
    expect(shownKinds(reminders().state())).toEqual([
      'move 2026-11-23 09:45',
      'hydrate 2026-11-23 10:00',
    ])
    reminders().done('hydrate')
    expect(shownKinds(reminders().state())).toEqual(['move 2026-11-23 09:45'])
    expect(reminders().recent(1)[0]).toMatchObject({ kind: 'hydrate', outcome: 'done' })
  })
})

describe('events', () => {
  it('tells the windows of each change once and of each reminder as it shows', () => {
    const { reminders, run, events, names } = setup()
    expect(events).toEqual([])
    run('2026-11-23 09:46')
    expect(names()).toEqual(['reminders:changed', 'reminders:shown'])
    const [changed, shown] = events
    expect(RemindersState.parse(changed?.payload)).toEqual(reminders().state())
    expect(ShownReminder.parse(shown?.payload)).toEqual(reminders().state().shown[0])

    events.length = 0
    reminders().pause('2h')
    expect(names()).toEqual(['reminders:changed'])
    // The same pause again in the same instant changes nothing, so nobody is told.
    reminders().pause('2h')
    expect(names()).toEqual(['reminders:changed'])
    reminders().resume()
    expect(names()).toEqual(['reminders:changed', 'reminders:changed'])
    expect(events.at(-1)?.payload).toEqual(reminders().state())
  })

  it('after sleep or a locked screen shows no burst of stale reminders', () => {
    const { reminders, run, clock, names } = setup()
    run('2026-11-23 09:30')
    reminders().systemSuspended()
    clock.set(t('2026-11-23 12:30'))
    reminders().systemResumed()
    run('2026-11-23 12:31')
    // Three hours asleep: what came due then is history, not a pile of notifications.
    expect(names()).not.toContain('reminders:shown')
    expect(
      reminders()
        .recent(1)
        .map((r) => `${r.kind} ${r.outcome}`),
    ).toContain('hydrate expired')
    reminders().screenLocked()
    run('2026-11-23 14:00')
    expect(names()).not.toContain('reminders:shown')
    reminders().screenUnlocked()
    run('2026-11-23 14:01')
    // Back at the desk: at most one of each, and none more than half an hour old.
    const shown = reminders().state().shown
    expect(new Set(shown.map((s) => s.kind)).size).toBe(shown.length)
    for (const s of shown) expect(s.firedAt - s.dueAt).toBeLessThanOrEqual(30 * MINUTE)
  })
})

describe('storage', () => {
  it('has no reminders while the database is quarantined, and starts them on a fresh one', () => {
    const dir = tempDir()
    badDatabases.randomBytes(dir)
    const { core, run, names } = setup(dir)
    expect(core.reminders()).toBeNull()
    expect(core.startFresh().state).toBe('ok')
    run('2026-11-23 09:46')
    expect(names()).toContain('reminders:shown')
  })
})
