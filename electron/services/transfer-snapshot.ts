import {
  JOURNAL_FILE_FORMAT,
  JOURNAL_FILE_VERSION,
  PORTABLE_SETTING_KEYS,
  type FileExperiment,
  type FileRoutine,
  type FileSettings,
  type JournalFile,
} from '../../shared/domain/journal-file'
import type { Clock } from '../../shared/domain/clock'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { ExperimentsRepository } from '../db/experiments-repo'
import { EpisodesRepository } from '../db/episodes-repo'
import { NightReportsRepository } from '../db/night-reports-repo'
import { RemindersRepository } from '../db/reminders-repo'
import { RoutinesRepository } from '../db/routines-repo'
import { lockedExperiment } from './experiments/service'
import { WorkoutsRepository } from '../db/workouts-repo'
import { ReminderSettingsStore } from './reminders/settings-store'
import { readRoutine } from './routines'
import { SettingsService } from './settings'

/** Everything the user logged, made or set, as the current export version. */
export function journalSnapshot(db: Db, clock: Clock): JournalFile {
  const checkIns = new CheckInsRepository(db)
  const routines = new RoutinesRepository(db)
  return {
    format: JOURNAL_FILE_FORMAT,
    version: JOURNAL_FILE_VERSION,
    exportedAt: clock.now(),
    episodes: new EpisodesRepository(db).all(),
    checkIns: checkIns.all().map(({ nightReport: _inNightAnswers, ...c }) => c),
    nightAnswers: new NightReportsRepository(db).all(),
    medications: checkIns.medications(),
    routines: ownRoutines(routines),
    hiddenBuiltIns: routines.hiddenBuiltIns(),
    sessions: routines.allSessions(),
    reminderHistory: new RemindersRepository(db).all(),
    settings: portableSettings(new SettingsService(db, clock)),
    reminderSettings: new ReminderSettingsStore(db, clock).stamped(),
    experiments: fileExperiments(new ExperimentsRepository(db)),
    workouts: new WorkoutsRepository(db).allForFile(),
  }
}

/** Stored experiments that still match their lock (Experiments refuses the others too). */
function fileExperiments(repo: ExperimentsRepository): FileExperiment[] {
  return repo.all().flatMap((raw) => {
    const experiment = lockedExperiment(raw)
    return experiment ? [{ experiment, ticks: repo.ticks(experiment.id) }] : []
  })
}

/** The user's routines that still read as routines (Routines lists the others as unreadable). */
function ownRoutines(repo: RoutinesRepository): FileRoutine[] {
  return repo.customRowsWithTimes().flatMap(({ data, createdAt, updatedAt }) => {
    const routine = readRoutine(data)
    return routine ? [{ routine, createdAt, updatedAt }] : []
  })
}

function portableSettings(settings: SettingsService): FileSettings {
  const portable = new Set<string>(PORTABLE_SETTING_KEYS)
  return Object.fromEntries(
    settings
      .stamped()
      .filter((s) => portable.has(s.key))
      .map((s) => [s.key, { value: s.value, updatedAt: s.updatedAt }]),
  )
}
