import { reminderCaveats } from '@shared/domain/reminders'
import { TextField } from '@renderer/components/TextField'
import type { DraftErrors, ReminderDraft } from '../draft'
import { InlineSwitch } from './InlineSwitch'
import { KindCard } from './KindCard'
import { BedtimeExperimentNote } from '@renderer/features/experiments'
import { WeekdayPicker } from './WeekdayPicker'

export interface DraftProps {
  draft: ReminderDraft
  errors: DraftErrors
  change: (patch: Partial<ReminderDraft>) => void
}

const timeHint = '24-hour time, e.g. 22:00'

/** Shared props for a short text box; always text so whatever is typed survives an error. */
const short = { className: 'input--short', autoComplete: 'off', spellCheck: false } as const

function hasErrorIn(errors: DraftErrors, kind: string): boolean {
  return Object.keys(errors).some((path) => path.startsWith(`${kind}.`))
}

/** The five reminders, each on or off with its own schedule. */
export function KindFields({ draft, errors, change }: DraftProps) {
  return (
    <div className="rm-kinds">
      <KindCard
        id="rm-move"
        hasError={hasErrorIn(errors, 'move')}
        label="Move"
        description="Stand up and move after sitting a while, during working hours."
        enabled={draft.move.enabled}
        onToggle={(enabled) => {
          change({ move: { ...draft.move, enabled } })
        }}
      >
        <TextField
          id="rm-move-after"
          label="After sitting for"
          suffix="min"
          inputMode="numeric"
          {...short}
          value={draft.move.afterMin}
          error={errors['move.afterMin']}
          onValueChange={(afterMin) => {
            change({ move: { ...draft.move, afterMin } })
          }}
        />
        <InlineSwitch
          checked={draft.move.sitStand}
          onChange={(sitStand) => {
            change({ move: { ...draft.move, sitStand } })
          }}
        >
          Sit-stand desk: alternate “Time to stand up” and “Time to sit down”
        </InlineSwitch>
      </KindCard>
      <KindCard
        id="rm-hydrate"
        hasError={hasErrorIn(errors, 'hydrate')}
        label="Water"
        description={`A reminder to drink steadily, during working hours. ${reminderCaveats.hydrate ?? ''}`}
        enabled={draft.hydrate.enabled}
        onToggle={(enabled) => {
          change({ hydrate: { ...draft.hydrate, enabled } })
        }}
      >
        <TextField
          id="rm-hydrate-every"
          label="Every"
          suffix="min"
          inputMode="numeric"
          {...short}
          value={draft.hydrate.everyMin}
          error={errors['hydrate.everyMin']}
          onValueChange={(everyMin) => {
            change({ hydrate: { ...draft.hydrate, everyMin } })
          }}
        />
      </KindCard>
      <KindCard
        id="rm-bedtime"
        hasError={hasErrorIn(errors, 'bedtime')}
        label="Bedtime stretch"
        description="Opens the bedtime routine: a few gentle stretches before sleep."
        enabled={draft.bedtime.enabled}
        note={<BedtimeExperimentNote />}
        onToggle={(enabled) => {
          change({ bedtime: { ...draft.bedtime, enabled } })
        }}
      >
        <TextField
          id="rm-bedtime-at"
          label="Bedtime stretch at"
          hint={timeHint}
          inputMode="numeric"
          {...short}
          value={draft.bedtime.at}
          error={errors['bedtime.at']}
          onValueChange={(at) => {
            change({ bedtime: { ...draft.bedtime, at } })
          }}
        />
      </KindCard>
      <KindCard
        id="rm-warm-up"
        hasError={hasErrorIn(errors, 'warm_up')}
        label="Warm-up before exercise"
        description="On the days you exercise: opens the warm-up routine."
        enabled={draft.warm_up.enabled}
        onToggle={(enabled) => {
          change({ warm_up: { ...draft.warm_up, enabled } })
        }}
      >
        <WeekdayPicker
          id="rm-warm-up-days"
          legend="Exercise days"
          days={draft.warm_up.days}
          error={errors['warm_up.days']}
          onChange={(days) => {
            change({ warm_up: { ...draft.warm_up, days } })
          }}
        />
        <TextField
          id="rm-warm-up-at"
          label="Warm-up at"
          hint={timeHint}
          inputMode="numeric"
          {...short}
          value={draft.warm_up.at}
          error={errors['warm_up.at']}
          onValueChange={(at) => {
            change({ warm_up: { ...draft.warm_up, at } })
          }}
        />
      </KindCard>
      <KindCard
        id="rm-morning"
        hasError={hasErrorIn(errors, 'morning_checkin')}
        label="Morning check-in"
        description="Any cramps last night? A few seconds to note how the night went."
        enabled={draft.morning_checkin.enabled}
        onToggle={(enabled) => {
          change({ morning_checkin: { ...draft.morning_checkin, enabled } })
        }}
      >
        <TextField
          id="rm-morning-at"
          label="Check-in at"
          hint={timeHint}
          inputMode="numeric"
          {...short}
          value={draft.morning_checkin.at}
          error={errors['morning_checkin.at']}
          onValueChange={(at) => {
            change({ morning_checkin: { ...draft.morning_checkin, at } })
          }}
        />
      </KindCard>
    </div>
  )
}
