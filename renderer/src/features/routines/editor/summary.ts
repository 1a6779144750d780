import { secondsText, sideLabels } from '../format'
import { numberFrom, type StepDraft } from './draft'

const whole = (text: string): number | null => {
  const n = numberFrom(text)
  return Number.isInteger(n) && n >= 0 ? n : null
}

/** The collapsed step's one-liner, written from the draft even while a field is invalid. */
export function draftSummary(step: StepDraft): string {
  const sets = whole(step.sets)
  const parts: string[] = []
  if (step.modeType === 'hold') {
    const hold = whole(step.holdSec)
    const times = sets !== null && sets > 1 ? `, ${sets} times` : ''
    parts.push(hold === null ? 'Timed hold' : `Hold ${secondsText(hold)}${times}`)
  } else {
    const reps = whole(step.reps)
    const repsText = reps === null ? 'Reps' : reps === 1 ? '1 rep' : `${reps} reps`
    parts.push(sets !== null && sets > 1 ? `${sets} sets of ${repsText.toLowerCase()}` : repsText)
  }
  if (step.side !== 'both') parts.push(sideLabels[step.side].toLowerCase())
  const rest = whole(step.restAfterSec)
  if (rest !== null && rest > 0) parts.push(`then ${secondsText(rest)} rest`)
  if (step.optional) parts.push('optional')
  return parts.join(' · ')
}
