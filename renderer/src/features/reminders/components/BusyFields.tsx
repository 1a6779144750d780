import { useQuery } from '@tanstack/react-query'
import { BusySignal, busySignalLabels, type BusySupport } from '@shared/domain/reminders'
import { clockInputProps } from '@renderer/components/ClockRangeFields'
import { TextField } from '@renderer/components/TextField'
import { reminderQueries } from '../queries'
import { InlineSwitch } from './InlineSwitch'
import type { DraftProps } from './KindFields'
import './BusyFields.css'

/**
 * Holding reminders while the user is busy: one switch for all, one per
 * signal, and the longest hold. A signal this system cannot read says so
 * under its switch rather than pretending to work.
 */
export function BusyFields({ draft, errors, change }: DraftProps) {
  const busy = draft.busy
  const support = useQuery(reminderQueries.busySupport())
  const bySignal = new Map<BusySignal, BusySupport>((support.data ?? []).map((s) => [s.signal, s]))
  return (
    <fieldset className="fieldset rm-group">
      <legend className="fieldset__legend rm-group__legend">Calls and full screen</legend>
      <InlineSwitch
        checked={busy.enabled}
        describedBy="rm-busy-hint"
        onChange={(enabled) => {
          change({ busy: { ...busy, enabled } })
        }}
      >
        Hold reminders during calls, presentations and full screen
      </InlineSwitch>
      <p id="rm-busy-hint" className="field__hint">
        A reminder that comes due then waits, and shows within a minute after, so it does not pop up
        while others may be watching your screen. One whose moment passed meanwhile is left out.
      </p>
      <ul className="rm-busy__signals" aria-label="What counts as busy">
        {BusySignal.options.map((signal) => {
          const s = bySignal.get(signal)
          const unavailable = s !== undefined && !s.available
          const noteId = `rm-busy-${signal}-note`
          return (
            <li key={signal} className="rm-busy__signal">
              <InlineSwitch
                checked={busy.signals[signal]}
                disabled={!busy.enabled}
                describedBy={unavailable && s.note ? noteId : undefined}
                onChange={(on) => {
                  change({ busy: { ...busy, signals: { ...busy.signals, [signal]: on } } })
                }}
              >
                {busySignalLabels[signal].setting}
              </InlineSwitch>
              {unavailable && s.note ? (
                <p id={noteId} className="field__hint rm-busy__note">
                  {s.note}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      {support.data?.length === 0 ? (
        <p className="field__hint">
          This window cannot tell when you are busy, so reminders show as usual.
        </p>
      ) : null}
      <TextField
        id="rm-busy-max"
        label="Hold for at most"
        hint="After this, a held reminder shows even if you are still busy."
        suffix="min"
        {...clockInputProps}
        value={busy.maxHoldMin}
        error={errors['busy.maxHoldMin']}
        disabled={!busy.enabled}
        onValueChange={(maxHoldMin) => {
          change({ busy: { ...busy, maxHoldMin } })
        }}
      />
    </fieldset>
  )
}
