import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../shared/domain/checkin'
import { defaultReminderSettings } from '../../shared/domain/reminders'
import {
  BUILT_IN_IDS,
  builtInRoutine,
  duplicateRoutine,
} from '../../shared/domain/routines/catalogue'
import { episodeInput } from '../testing/episodes'
import { summaryOf } from '../testing/import-summary'
import { useTestCores } from '../testing/test-cores'
import { todaySummary } from './today'
import { addReminder, at } from './trends/test-journal'

const newCore = useTestCores()

// 08:00 local (UTC+1) on Wednesday 25 November 2026.
function setup() {
  const t = newCore(Date.UTC(2026, 10, 25, 7))
  return { ...t, ...t.core.services(), db: t.core.storage.connection() }
}
type Folder = ReturnType<typeof setup>

/** A data folder in which every feature was used at least once. */
function everyFeature(): Folder {
  const f = setup()
  f.settings.update({
    theme: 'dark',
    nightStart: '23:00',
    waterUnit: 'ml',
    waterTargetMl: 2500,
    launchAtLogin: true,
  })
  f.core.reminders()?.saveSettings({
    ...defaultReminderSettings,
    hydrate: { enabled: false, everyMin: 90 },
    bedtime: { enabled: true, at: '21:30' },
  })
  const med = f.checkIns.saveMedication({ name: 'Furosemide', kind: 'diuretic', startedOn: null })
  f.journal.create(
    episodeInput({ startedAt: at('2026-11-20', '03:10'), context: 'asleep' }),
    'form',
  )
  f.journal.create(
    episodeInput({ startedAt: at('2026-11-23', '18:00'), notes: 'after a run' }),
    'form',
  )
  f.checkIns.save({ ...emptyCheckIn('2026-11-22'), waterMl: 1750, medicationIds: [med.id] })
  f.checkIns.save({ ...emptyCheckIn('2026-11-23'), waterMl: 2500, nightReport: 'none' })
  f.checkIns.setNightReport('2026-11-21', 'cramps')
  f.checkIns.setNightReport('2026-11-25', 'none')
  const desk = builtInRoutine(BUILT_IN_IDS.deskBreak)
  if (!desk) throw new Error('The desk break is a built-in routine')
  const { id: _id, builtIn: _builtIn, ...copy } = duplicateRoutine(desk, 'ignored')
  const mine = f.routines.save({ ...copy, name: 'My desk break' })
  f.routines.remove(BUILT_IN_IDS.strength)
  f.routines.recordSession({
    routineId: mine.id,
    routineName: mine.name,
    routineKind: mine.kind,
    startedAt: at('2026-11-24', '12:00'),
    endedAt: at('2026-11-24', '12:03'),
    utcOffsetMin: 60,
    status: 'stopped_early',
    requiredDone: false,
    steps: [],
    source: 'today',
  })
  f.routines.recordSession({
    routineId: BUILT_IN_IDS.bedtime,
    routineName: 'Bedtime',
    routineKind: 'bedtime',
    startedAt: at('2026-11-24', '22:00'),
    endedAt: at('2026-11-24', '22:04'),
    utcOffsetMin: 60,
    status: 'completed',
    requiredDone: true,
    steps: [],
    source: 'reminder',
  })
  addReminder(f.db, at('2026-11-24', '21:30'), 'routine_started')
  addReminder(f.db, at('2026-11-23', '21:30'), 'snoozed')
  // Held through a call until its moment passed: what held it travels with it.
  addReminder(f.db, at('2026-11-22', '21:30'), 'held')
  return f
}

/** Every list and figure the app's screens show, read through the services. */
function screens(f: Folder) {
  const period = { from: '2026-10-27', to: '2026-11-25' }
  const { launchAtLogin: _machine, ...settings } = f.settings.get().settings
  return {
    journal: f.journal.list({ filter: {}, cursor: null, limit: 200 }),
    checkIns: f.checkIns.between('2026-01-01', '2026-11-25'),
    nightAnswers: f.checkIns.nightAnswers('2026-01-01', '2026-11-25'),
    checkInDays: ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-25'].map((d) =>
      f.checkIns.get(d),
    ),
    medications: f.checkIns.medications(),
    routines: f.routines.list(),
    sessions: f.routines.recent(3660),
    adherence: f.routines.adherence(),
    reminderSettings: f.core.reminders()?.settings(),
    reminderHistory: f.core.reminders()?.recent(3660),
    settings,
    today: todaySummary(f.clock, f.journal, f.checkIns, f.core.nightWindow()),
    trends: f.trends.charts.data('all'),
    insights: f.trends.insights.insights(),
    report: f.trends.report.data(period),
  }
}

describe('Export everything (JSON)', () => {
  it('moves every list the app shows into an empty data folder', () => {
    const source = everyFeature()
    const file = source.transfer.render('json').content
    const target = setup()
    expect(target.transfer.preview(file)).toEqual(
      summaryOf({
        episodes: { added: 2, updated: 0, unchanged: 0 },
        checkIns: { added: 2, updated: 0, unchanged: 0 },
        nightAnswers: { added: 3, updated: 0, unchanged: 0 },
        medications: { added: 1, updated: 0, unchanged: 0 },
        routines: { added: 1, updated: 0, unchanged: 0 },
        hiddenBuiltIns: { added: 1, updated: 0, unchanged: 0 },
        sessions: { added: 2, updated: 0, unchanged: 0 },
        reminderHistory: { added: 3, updated: 0, unchanged: 0 },
        // Theme, night start, water unit and target, and the reminder settings.
        settings: { added: 5, updated: 0, unchanged: 0 },
      }),
    )
    target.core.importJournal(file)
    expect(screens(target)).toEqual(screens(source))
    // The running reminders took the imported settings up, not only the table.
    const upcoming = target.core.reminders()?.state().snapshot.upcoming
    expect(upcoming).toEqual(source.core.reminders()?.state().snapshot.upcoming)
    expect(upcoming?.map((u) => u.kind)).not.toContain('hydrate')
    expect(target.events.map((e) => e.name)).toContain('settings:changed')
    // Launch at login is an entry in one computer's login items: it stays as this one has it.
    expect(target.settings.get().settings.launchAtLogin).toBe(false)
  })

  it('keeps what was changed here later, and takes what the file changed later', () => {
    const source = everyFeature()
    const file = source.transfer.render('json').content
    const target = setup()
    target.clock.set(Date.UTC(2026, 10, 25, 8))
    target.settings.update({ theme: 'light' })
    target.clock.set(Date.UTC(2026, 10, 25, 6))
    target.settings.update({ waterTargetMl: 1500 })
    target.core.importJournal(file)
    expect(target.settings.get().settings).toMatchObject({ theme: 'light', waterTargetMl: 2500 })
    // Importing it again changes nothing: every entry and setting is already here.
    const again = target.core.importJournal(file)
    expect(Object.values(again).every((c) => c.added + c.updated === 0)).toBe(true)
    expect(again.sessions.unchanged + again.settings.unchanged).toBe(2 + 5)
  })

  type FileJson = Record<string, unknown> & {
    routines: { routine: Record<string, unknown> }[]
    sessions: Record<string, unknown>[]
    reminderHistory: Record<string, unknown>[]
  }
  const bad: [string, (f: FileJson) => unknown, RegExp][] = [
    [
      'a routine that claims to be built in',
      (f) => ({
        ...f,
        routines: f.routines.map((r) => ({ ...r, routine: { ...r.routine, builtIn: true } })),
      }),
      /Routine 1 \(My desk break\) claims to be built in/,
    ],
    [
      'a hidden routine Limber does not have',
      (f) => ({ ...f, hiddenBuiltIns: ['builtin-juggling'] }),
      /Hidden routine 1 \(builtin-juggling\) is not one of Limber's built-in routines/,
    ],
    [
      'a session that ends before it starts',
      (f) => ({ ...f, sessions: f.sessions.map((s) => ({ ...s, endedAt: 0 })) }),
      /routine session 1, field "endedAt"/,
    ],
    [
      'the same reminder twice',
      (f) => ({ ...f, reminderHistory: [f.reminderHistory[0], f.reminderHistory[0]] }),
      /same reminder history entry twice/,
    ],
    [
      'a water target no one can reach',
      (f) => ({ ...f, settings: { waterTargetMl: { value: 60_000, updatedAt: 1 } } }),
      /"settings.waterTargetMl.value"/,
    ],
    [
      'launch at login',
      (f) => ({ ...f, settings: { launchAtLogin: { value: true, updatedAt: 1 } } }),
      /settings/,
    ],
  ]

  it.each(bad)('refuses a file with %s and changes nothing', (_name, corrupt, message) => {
    const source = everyFeature()
    const file = JSON.parse(source.transfer.render('json').content) as FileJson
    const target = setup()
    target.journal.create(episodeInput({ notes: 'already here' }), 'form')
    const before = screens(target)
    const text = JSON.stringify(corrupt(file))
    expect(() => target.transfer.preview(text)).toThrow(message)
    expect(() => target.core.importJournal(text)).toThrow(message)
    expect(screens(target)).toEqual(before)
  })
})
