// What other features use of reminders; everything else is its own.
export { KindFields } from './components/KindFields'
export { WeekdayPicker } from './components/WeekdayPicker'
export { checkDraft, draftFrom } from './draft'
export type { DraftErrors, ReminderDraft } from './draft'
export { reminderQueries, useSaveReminderSettings } from './queries'
