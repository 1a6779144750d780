import type { Clock } from '../../shared/domain/clock'
import type {
  ImportSection,
  ImportSummary,
  JournalFile,
  MergeCounts,
} from '../../shared/domain/journal-file'
import { localDate, localMinuteOfDay } from '../../shared/domain/local-time'
import { builtInRoutines } from '../../shared/domain/routines/catalogue'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { EpisodesRepository } from '../db/episodes-repo'
import { NightReportsRepository } from '../db/night-reports-repo'
import { RemindersRepository } from '../db/reminders-repo'
import { RoutinesRepository } from '../db/routines-repo'
import { SettingsRepository } from '../db/settings-repo'
import { checkImportedExperiments, experimentsSection } from './experiments/import'
import { WorkoutsRepository } from '../db/workouts-repo'
import { fail } from './journal-file-read'
import { ReminderSettingsStore } from './reminders/settings-store'

/**
 * One list of the file merged into the journal. `existing` is the stored
 * entry's edit time, or null when it is not here; the file's entry is
 * written when it is new or edited later. Entries that never change once
 * written (sessions, reminder history) are "here" forever.
 */
interface Section<T> {
  items: readonly T[]
  existing: (item: T) => number | null
  incoming: (item: T) => number
  write: (item: T) => void
}

const HERE_FOR_GOOD = Number.POSITIVE_INFINITY
const here = (present: boolean) => (present ? HERE_FOR_GOOD : null)

/**
 * What importing `file` would do, and the writes that do it. Checks that
 * span lists run first: a problem anywhere fails before anything is written.
 */
export function planImport(
  db: Db,
  clock: Clock,
  file: JournalFile,
): { summary: ImportSummary; apply: () => void } {
  checkReferences(file, new CheckInsRepository(db))
  checkImportedExperiments(db, file.experiments)
  const merged = Object.entries(sectionsOf(db, clock, file)) as [ImportSection, Merged][]
  return {
    summary: Object.fromEntries(merged.map(([name, m]) => [name, m.counts])) as ImportSummary,
    apply: () => {
      for (const [, m] of merged) for (const write of m.writes) write()
    },
  }
}

interface Merged {
  counts: MergeCounts
  writes: (() => void)[]
}

function merge<T>(section: Section<T>): Merged {
  const counts = { added: 0, updated: 0, unchanged: 0 }
  const writes: (() => void)[] = []
  for (const item of section.items) {
    const existing = section.existing(item)
    if (existing === null) counts.added++
    else if (section.incoming(item) > existing) counts.updated++
    else {
      counts.unchanged++
      continue
    }
    writes.push(() => {
      section.write(item)
    })
  }
  return { counts, writes }
}

function checkReferences(file: JournalFile, checkIns: CheckInsRepository): void {
  const known = new Set(checkIns.medications().map((m) => m.id))
  for (const m of file.medications) known.add(m.id)
  file.checkIns.forEach((c, i) => {
    if (c.medicationIds.some((id) => !known.has(id)))
      fail(
        `Check-in ${i + 1} (${c.date}) lists a medication that is not in the file.`,
        `checkIns.${i}.medicationIds`,
      )
  })
  const builtIn = new Set(builtInRoutines.map((r) => r.id))
  file.routines.forEach(({ routine }, i) => {
    if (routine.builtIn || builtIn.has(routine.id))
      fail(
        `Routine ${i + 1} (${routine.name}) claims to be built in; only your own routines can be imported.`,
        `routines.${i}.routine.builtIn`,
      )
  })
  file.hiddenBuiltIns.forEach((id, i) => {
    if (!builtIn.has(id))
      fail(
        `Hidden routine ${i + 1} (${id}) is not one of Limber's built-in routines.`,
        `hiddenBuiltIns.${i}`,
      )
  })
}

/** Every list in the order it is written (medications before the check-ins naming them). */
function sectionsOf(db: Db, clock: Clock, file: JournalFile): Record<ImportSection, Merged> {
  const episodes = new EpisodesRepository(db)
  const checkIns = new CheckInsRepository(db)
  const nights = new NightReportsRepository(db)
  const routines = new RoutinesRepository(db)
  const reminders = new RemindersRepository(db)
  const workouts = new WorkoutsRepository(db)
  const settings = new SettingsRepository(db)
  const reminderSettings = new ReminderSettingsStore(db, clock)
  const stored = new Map(settings.stamped().map((s) => [s.key, s.updatedAt]))
  const medicationIds = new Set(checkIns.medications().map((m) => m.id))
  const hidden = new Set(routines.hiddenBuiltIns())
  const appSettings = Object.entries(file.settings).map(([key, s]) => ({ key, ...s }))
  return {
    experiments: merge(experimentsSection(db, file.experiments)),
    // Medications carry no edit time: one already in the list is kept as it is.
    medications: merge({
      items: file.medications,
      existing: (m) => here(medicationIds.has(m.id)),
      incoming: () => 0,
      write: (m) => {
        checkIns.putMedication(m, clock.now())
      },
    }),
    episodes: merge({
      items: file.episodes,
      existing: (e) => episodes.updatedAtOf(e.id),
      incoming: (e) => e.updatedAt,
      write: (e) => {
        const instant = { at: e.startedAt, utcOffsetMin: e.utcOffsetMin }
        episodes.put(e, { localDate: localDate(instant), localMinute: localMinuteOfDay(instant) })
      },
    }),
    checkIns: merge({
      items: file.checkIns,
      existing: (c) => checkIns.get(c.date)?.updatedAt ?? null,
      incoming: (c) => c.updatedAt,
      write: (c) => {
        checkIns.put(c)
      },
    }),
    nightAnswers: merge({
      items: file.nightAnswers,
      existing: (a) => nights.get(a.date)?.updatedAt ?? null,
      incoming: (a) => a.updatedAt,
      write: (a) => {
        nights.put(a)
      },
    }),
    routines: merge({
      items: file.routines,
      existing: (r) => routines.updatedAtOf(r.routine.id),
      incoming: (r) => r.updatedAt,
      write: (r) => {
        routines.putAt(r.routine, r.createdAt, r.updatedAt)
      },
    }),
    hiddenBuiltIns: merge({
      items: file.hiddenBuiltIns,
      existing: (id) => here(hidden.has(id)),
      incoming: () => 0,
      write: (id) => {
        routines.setHidden(id, true)
      },
    }),
    sessions: merge({
      items: file.sessions,
      existing: (s) => here(routines.hasSession(s.id)),
      incoming: () => 0,
      write: ({ id, ...s }) => {
        routines.addSession(id, s, localDate({ at: s.startedAt, utcOffsetMin: s.utcOffsetMin }))
      },
    }),
    reminderHistory: merge({
      items: file.reminderHistory,
      existing: (r) => here(reminders.has(r.id)),
      incoming: () => 0,
      write: (r) => {
        reminders.insert(r, localDate({ at: r.dueAt, utcOffsetMin: r.utcOffsetMin }))
      },
    }),
    // An imported session never changes its file: "here" once its file hash and place are.
    workouts: merge({
      items: file.workouts,
      existing: (w) => here(workouts.has(w.contentHash, w.sessionIndex)),
      incoming: () => 0,
      write: (w) => {
        workouts.insertFile([w])
      },
    }),
    // Each app setting on its own; the reminder settings as one (their rules span sections).
    settings: merge<{ key: string; value: unknown; updatedAt: number }>({
      items: [
        ...appSettings,
        ...(file.reminderSettings ? [{ key: 'reminders', ...file.reminderSettings }] : []),
      ],
      existing: (s) =>
        s.key === 'reminders'
          ? (reminderSettings.stamped()?.updatedAt ?? null)
          : (stored.get(s.key) ?? null),
      incoming: (s) => s.updatedAt,
      write: (s) => {
        if (s.key !== 'reminders') settings.putMany({ [s.key]: s.value }, s.updatedAt)
        else if (file.reminderSettings)
          reminderSettings.save(file.reminderSettings.value, s.updatedAt)
      },
    }),
  }
}
