import { KindFields } from '@renderer/features/reminders'
import type { ReminderDraft } from '@renderer/features/reminders'
import type { StepProps } from './steps'

export function RemindersStep({ draft, errors, change }: StepProps) {
  return (
    <>
      <p className="welcome__lead">
        Limber sits in the tray while you work and nudges you now and then. These are the usual
        choices; turn off any you do not want.
      </p>
      <KindFields
        draft={draft.reminders}
        errors={errors}
        change={(patch: Partial<ReminderDraft>) => {
          change({ reminders: { ...draft.reminders, ...patch } })
        }}
      />
      <label className="rm-inline-check">
        <input
          type="checkbox"
          role="switch"
          className="rm-switch"
          checked={draft.launchAtLogin}
          onChange={(event) => {
            change({ launchAtLogin: event.target.checked })
          }}
        />
        Start Limber in the tray when I log in, so reminders keep coming
      </label>
    </>
  )
}
