import type { ActionId, PatternId } from '../types'

/** Titles, plans (from CONTENT.md "The four patterns") and one-click actions. */
export const PATTERN_PLANS: Record<
  PatternId,
  { title: string; plan: string[]; actions: ActionId[] }
> = {
  weekend_warrior: {
    title: 'Weekend warrior',
    plan: [
      'Keep some light movement going on weekdays.',
      'Do a real warm-up of 5 to 10 minutes before big days.',
      'Increase distance, speed or weight gradually.',
    ],
    actions: ['start-warm-up', 'enable-warm-up-reminder', 'enable-move-reminder'],
  },
  night_ambush: {
    title: '3 a.m. ambush',
    plan: [
      'Do 2 or 3 gentle hamstring and calf stretches before bed.',
      'Drink a moderate amount of water at dinner.',
      'Loosen the bedding so your legs are not held bent or your toes pointed.',
      'Rehearse a plan for when one hits: stretch gently, massage, then heat.',
    ],
    actions: ['enable-bedtime-reminder', 'start-bedtime-routine'],
  },
  hydration_nutrition: {
    title: 'Hydration and nutrition',
    plan: [
      'Carry water and sip steadily through the day: pale-yellow urine is the usual aim, not ever more water.',
      'Eat electrolyte-rich foods: bananas, potatoes, beans, nuts, seeds, leafy greens, dairy.',
      'Have a proper snack before a workout.',
      'If you have kidney disease or limits on fluids or minerals, follow your clinician’s advice first.',
    ],
    actions: ['enable-water-reminder', 'open-check-in'],
  },
  see_professional: {
    title: 'See a professional',
    plan: [
      'See a clinician about your cramps.',
      'A physical therapist can look at posture, gait and muscle imbalances.',
      'A doctor can check your circulation, and tests (electrolytes, kidney, thyroid) might be needed.',
    ],
    actions: ['see-professional', 'open-report'],
  },
}
