import type { z } from 'zod'
import * as app from './app'
import * as settings from './settings'
import * as journal from './journal'
import * as checkins from './checkins'
import * as transfer from './transfer'
import * as routines from './routines'
import * as reminders from './reminders'
import * as trends from './trends'
import * as data from './data'
import * as workouts from './workouts'
import * as experiments from './experiments'
import type { ContractEntry, EventEntry } from './entry'
import type { IpcResult } from './errors'

export * from './entry'
export * from './errors'
export * from './app'
export * from './settings'
export * from './journal'
export * from './checkins'
export * from './transfer'
export * from './routines'
export * from './reminders'
export * from './trends'
export * from './data'
export * from './workouts'
export * from './experiments'

/** Every request/response entry, keyed by channel. Add new features here. */
export const contract = indexBy(
  [
    app.getAppInfo,
    app.getStorageStatus,
    app.startFresh,
    app.quitApp,
    app.getShortcutStatus,
    settings.getSettings,
    settings.updateSettings,
    journal.listEpisodes,
    journal.getEpisode,
    journal.createEpisode,
    journal.updateEpisode,
    journal.deleteEpisode,
    journal.restoreEpisode,
    journal.getLive,
    journal.startLive,
    journal.stopLive,
    journal.resumeLive,
    journal.finishLive,
    journal.cancelLive,
    journal.getTodaySummary,
    transfer.exportJournal,
    transfer.previewImport,
    transfer.importJournal,
    checkins.getCheckIn,
    checkins.saveCheckIn,
    checkins.listCheckIns,
    checkins.setNightReport,
    checkins.listMedications,
    checkins.saveMedication,
    routines.listRoutines,
    routines.getRoutine,
    routines.saveRoutine,
    routines.removeRoutine,
    routines.restoreBuiltIn,
    routines.recordSession,
    routines.recentSessions,
    routines.getAdherence,
    routines.setPlaying,
    reminders.getReminderSettings,
    reminders.saveReminderSettings,
    reminders.getRemindersState,
    reminders.respondToReminder,
    reminders.reminderDone,
    reminders.pauseReminders,
    reminders.resumeReminders,
    reminders.previewReminders,
    reminders.busySupport,
    reminders.reminderHistory,
    trends.getTrends,
    trends.getInsights,
    trends.getReport,
    trends.saveReportPdf,
    data.listBackups,
    data.restoreBackup,
    data.openDataFolder,
    data.deleteAllData,
    workouts.importWorkouts,
    workouts.importWorkoutPaths,
    workouts.cancelWorkoutImport,
    workouts.listWorkouts,
    workouts.latestWorkoutBefore,
    workouts.editWorkout,
    workouts.removeWorkout,
    experiments.listExperiments,
    experiments.startExperiment,
    experiments.abandonExperiment,
    experiments.getTonight,
    experiments.getExperimentResult,
    experiments.getExperimentResults,
    experiments.tickHabit,
  ],
  'channel',
)

/** Every main → renderer event, keyed by name. */
export const events = indexBy(
  [
    app.navigateEvent,
    settings.settingsChangedEvent,
    routines.startRoutineEvent,
    checkins.checkInChangedEvent,
    journal.liveChangedEvent,
    reminders.remindersChangedEvent,
    reminders.reminderShownEvent,
    reminders.notificationsFailedEvent,
    workouts.workoutImportProgressEvent,
  ],
  'name',
)

export type Contract = typeof contract
export type Channel = keyof Contract
export type EventName = keyof typeof events
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>
export type EventPayload<N extends EventName> = z.output<(typeof events)[N]['payload']>

export const channels = Object.keys(contract) as Channel[]
/**
 * Channels only the preload's own functions call, never the page's
 * `invoke`: they carry file paths, which only the person may choose (by
 * dropping or picking the files).
 */
export const preloadOnlyChannels: ReadonlySet<Channel> = new Set<Channel>(['workouts:import-paths'])
/** What the page's `window.limber.invoke` may call. */
export const pageChannels = channels.filter((c) => !preloadOnlyChannels.has(c))
export const eventNames = Object.keys(events) as EventName[]

/**
 * What the preload exposes as `window.limber` (and what the browser harness
 * provides in its place). Never hands out an Electron event object.
 */
export interface LimberBridge {
  invoke<C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResult<OutputOf<C>>>
  /** Subscribe to a main → renderer event; returns an unsubscribe function. */
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void
  /**
   * Electron only: imports dropped or picked files (File objects) by their
   * paths on disk. Null when a file has no path (made by the page, say);
   * the page then sends their bytes with `workouts:import`.
   */
  importFiles?(
    files: readonly unknown[],
  ): Promise<IpcResult<OutputOf<'workouts:import-paths'>>> | null
}

type Keyed<T extends readonly object[], K extends keyof T[number]> = {
  [E in T[number] as E[K] & string]: E
}

function indexBy<
  const T extends readonly (ContractEntry | EventEntry)[],
  K extends keyof T[number],
>(entries: T, key: K): Keyed<T, K> {
  const out: Record<string, unknown> = {}
  for (const e of entries) {
    const k = e[key as keyof typeof e] as string
    if (k in out) throw new Error(`Duplicate contract name: ${k}`)
    out[k] = e
  }
  return out as Keyed<T, K>
}
