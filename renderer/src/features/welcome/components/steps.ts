import type { DraftErrors } from '@renderer/features/reminders'
import type { WelcomeDraft, WelcomeStep } from '../draft'

export interface StepProps {
  draft: WelcomeDraft
  errors: DraftErrors
  change: (patch: Partial<WelcomeDraft>) => void
}

export const stepTitles: Record<WelcomeStep, string> = {
  intro: 'Welcome to Limber',
  work: 'Your working day',
  night: 'Your nights',
  water: 'Water',
  reminders: 'Reminders',
}
