import { Button, buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { ActionId } from '@shared/contract/trends'
import { reminderQueries, useSaveReminderSettings } from '@renderer/features/reminders'
import { planAction, uniquePlans, type ActionPlan } from './actions'

/**
 * A pattern's one-click steps: links to a routine or screen, or a reminder
 * turned on at once. What was done is said in words next to the buttons; a
 * failure says why and changes nothing.
 */
export function PatternActions({
  actions,
  patternTitle,
}: {
  actions: ActionId[]
  patternTitle: string
}) {
  const reminders = useQuery(reminderQueries.settings())
  const saveReminders = useSaveReminderSettings()
  const [done, setDone] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)

  const plans = uniquePlans(actions.map((id) => planAction(id, reminders.data?.settings ?? null)))
  if (plans.length === 0) return null

  const run = (plan: ActionPlan) => {
    setDone(null)
    setFailed(null)
    const onError = (error: Error) => {
      setFailed(`Not changed: ${error.message}`)
    }
    if (plan.kind === 'reminder' && plan.next) {
      saveReminders.mutate(plan.next, {
        onSuccess: () => {
          setDone(`Done. ${plan.doneText ?? reminderDone(plan.id)} You can change it in Settings.`)
        },
        onError,
      })
    }
  }

  const busy = saveReminders.isPending
  return (
    <div className="pattern-actions" role="group" aria-label={`Steps for ${patternTitle}`}>
      <div className="form-actions pattern-actions__row">
        {plans.map((plan) => (
          <ActionControl key={plan.id} plan={plan} busy={busy} onRun={run} />
        ))}
      </div>
      <p role="status" className="pattern-actions__done">
        {done}
      </p>
      {failed ? (
        <p role="alert" className="field__error">
          {failed}
        </p>
      ) : null}
    </div>
  )
}

function ActionControl({
  plan,
  busy,
  onRun,
}: {
  plan: ActionPlan
  busy: boolean
  onRun: (plan: ActionPlan) => void
}) {
  if (plan.kind === 'link') {
    return (
      <Link className={buttonClass()} to={plan.to}>
        {plan.label}
      </Link>
    )
  }
  if (plan.doneText) return <p className="pattern-actions__on">{plan.doneText}</p>
  const ready = plan.next !== null
  return (
    <Button
      tone="primary"
      disabled={!ready || busy}
      onClick={() => {
        onRun(plan)
      }}
    >
      {plan.label}
    </Button>
  )
}

const reminderDoneText: Partial<Record<ActionId, string>> = {
  'enable-bedtime-reminder': 'The bedtime reminder is on.',
  'enable-warm-up-reminder': 'The warm-up reminder is on.',
  'enable-move-reminder': 'The reminder to move is on.',
  'enable-water-reminder': 'The water reminder is on.',
}

function reminderDone(id: ActionId): string {
  return reminderDoneText[id] ?? 'Saved.'
}
