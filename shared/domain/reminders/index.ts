// Reminders' pure core: settings, pause, due-time rules, wording, labels,
// history records and the tray snapshot. The scheduler that drives them
// lives in electron/services/reminders.
export * from './settings'
export * from './busy'
export * from './zoned'
export * from './pause'
export * from './postpone'
export * from './schedule'
export * from './bedtime-nights'
export * from './history'
export * from './kinds'
export * from './target'
export * from './messages'
export * from './labels'
export * from './snapshot'
export * from './preview'
