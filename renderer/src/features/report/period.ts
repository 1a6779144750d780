import { useSearchParams } from 'react-router'
import type { ReportPeriod } from '@shared/contract/trends'
import { shiftDate } from '@shared/domain/local-time'
import { isLocalDate, todayLocal } from '@renderer/features/checkins'

/** The report's period: the last 30 or 90 days, or dates the user picks. */
export type PeriodChoice =
  { kind: 'last'; days: 30 | 90 } | { kind: 'custom'; from: string; to: string }

export const DEFAULT_CHOICE: PeriodChoice = { kind: 'last', days: 30 }

/** Inclusive local dates for a choice; "last 30 days" ends today. */
export function periodOf(choice: PeriodChoice, today: string = todayLocal()): ReportPeriod {
  if (choice.kind === 'custom') return { from: choice.from, to: choice.to }
  return { from: shiftDate(today, -(choice.days - 1)), to: today }
}

/** `?days=90` or `?from=…&to=…`; anything else is the default. */
export function choiceFromParams(params: URLSearchParams): PeriodChoice {
  const from = params.get('from')
  const to = params.get('to')
  if (from && to && isLocalDate(from) && isLocalDate(to)) return { kind: 'custom', from, to }
  return params.get('days') === '90' ? { kind: 'last', days: 90 } : DEFAULT_CHOICE
}

export function paramsFromChoice(choice: PeriodChoice): URLSearchParams {
  if (choice.kind === 'custom') return new URLSearchParams({ from: choice.from, to: choice.to })
  return new URLSearchParams(choice.days === 30 ? {} : { days: String(choice.days) })
}

/** A custom range the user typed, checked before asking main for it. */
export function customProblem(from: string, to: string): string | null {
  if (!isLocalDate(from) || !isLocalDate(to)) return 'Enter both dates.'
  if (from > to) return 'The end date is before the start.'
  return null
}

/** The choice kept in the address, so a reload and Save as PDF show the same period. */
export function useUrlPeriod(): [PeriodChoice, (choice: PeriodChoice) => void] {
  const [params, setParams] = useSearchParams()
  const choice = choiceFromParams(params)
  return [
    choice,
    (next) => {
      setParams(paramsFromChoice(next), { replace: true })
    },
  ]
}
