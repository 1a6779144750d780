import { z } from 'zod'
import type { ReminderKind } from './settings'

/**
 * Notification wording, written from shared/CONTENT.md. Each line stays
 * within what CONTENT.md says (no promises that a stretch or a glass of
 * water prevents cramps), and several per kind so the same words do not
 * come back every time.
 */
export const ReminderMessage = z.strictObject({
  id: z.string().min(1).max(60),
  title: z.string().min(1).max(80),
  body: z.string().min(1).max(200),
})
export type ReminderMessage = z.infer<typeof ReminderMessage>

export const reminderMessages: Record<ReminderKind, readonly ReminderMessage[]> = {
  move: [
    {
      id: 'move.march',
      title: 'Time to stand up',
      body: 'You have been sitting a while. March or walk in place for a minute to get your legs moving.',
    },
    {
      id: 'move.swings',
      title: 'Stretch your legs',
      body: 'Stand up for some leg swings: 10 front to back on each leg.',
    },
    {
      id: 'move.hamstring',
      title: 'A quick hamstring stretch',
      body: 'Heel on a low step or chair, knee straight, hinge forward a little. A gentle pull, never sharp pain; about 30 seconds per leg.',
    },
    {
      id: 'move.desk_break',
      title: 'Desk break?',
      body: 'Three minutes to loosen up after sitting: march in place, leg swings and a standing hamstring stretch.',
    },
    {
      id: 'move.desk_to_sprint',
      title: 'Keep your legs moving',
      body: 'A little light movement through the workday, rather than going straight from desk to sprint.',
    },
  ],
  hydrate: [
    {
      id: 'hydrate.sip',
      title: 'Water break',
      body: 'Time for a few sips. Steady drinking through the day, rather than a lot at once.',
    },
    {
      id: 'hydrate.glass',
      title: 'A glass of water?',
      body: 'Now is a good moment for a glass. Limber can add it to today’s water.',
    },
    {
      id: 'hydrate.heat',
      title: 'Warm day or a sweaty one?',
      body: 'In heat or after heavy sweating, drink a little more. Fluids with electrolytes, or a snack like yogurt or a banana, are an option too.',
    },
    {
      id: 'hydrate.pale',
      title: 'Keep water within reach',
      body: 'A glass on your desk makes steady drinking easy. Pale-yellow urine is the usual aim.',
    },
    {
      id: 'hydrate.signs',
      title: 'Time to drink',
      body: 'A dry mouth or feeling tired can be signs you need more fluids.',
    },
  ],
  bedtime: [
    {
      id: 'bedtime.routine',
      title: 'Bedtime stretch',
      body: 'About 4 minutes: a hamstring stretch and a calf stretch, 30 seconds per leg.',
    },
    {
      id: 'bedtime.some_people',
      title: 'Stretch before bed?',
      body: 'For some people, stretching before bed means fewer night cramps. Two or three simple stretches are enough.',
    },
    {
      id: 'bedtime.gentle',
      title: 'Wind down gently',
      body: 'Sit with one leg straight and hinge forward from the hips: a gentle pull along the back of the thigh, never sharp pain.',
    },
    {
      id: 'bedtime.bedding',
      title: 'Getting ready for bed',
      body: 'A short stretch, then looser bedding so your legs are not held sharply bent or with toes pointed.',
    },
    {
      id: 'bedtime.pillow',
      title: 'Before you sleep',
      body: 'Stretch your hamstrings and calves. Sleeping on your back? A pillow under the knees can help.',
    },
  ],
  warm_up: [
    {
      id: 'warm_up.first',
      title: 'Warm up first',
      body: 'Exercising soon? Spend 5–10 minutes warming up: brisk walking or easy cycling, then leg swings.',
    },
    {
      id: 'warm_up.routine',
      title: 'Your warm-up is ready',
      body: 'About 7 minutes: easy movement, front-to-back and side leg swings, and a gentle hamstring stretch.',
    },
    {
      id: 'warm_up.gradual',
      title: 'Before you go',
      body: 'Not straight from desk to sprint: warm up properly, and build up distance, speed or weight gradually.',
    },
    {
      id: 'warm_up.water',
      title: 'Getting ready to exercise?',
      body: 'Warm up for 5 to 10 minutes and drink a little water beforehand, not all at once.',
    },
  ],
  morning_checkin: [
    {
      id: 'morning.night',
      title: 'Good morning',
      body: 'Any cramps last night? Checking in takes a few seconds.',
    },
    {
      id: 'morning.patterns',
      title: 'Morning check-in',
      body: 'How was the night: any cramps? A quick note now helps you spot patterns later.',
    },
    {
      id: 'morning.sleep',
      title: 'How did you sleep?',
      body: 'Note any night cramps and how you slept. Limber looks for patterns over time.',
    },
    {
      id: 'morning.none',
      title: 'A new day',
      body: 'No cramps last night? That is worth noting too: one tap in the check-in.',
    },
  ],
}

/**
 * The move reminder at a sit-stand desk, alternating. Kept apart from the
 * random lines above so neither is ever picked at random.
 */
export const postureMessages = {
  stand: {
    id: 'move.posture_stand',
    title: 'Time to stand up',
    body: 'You have been sitting a while. Raise the desk and stand for a spell; shift your weight and walk a few steps now and then.',
  },
  sit: {
    id: 'move.posture_sit',
    title: 'Time to sit down',
    body: 'You have been standing a while. Lower the desk and sit; a short walk or a calf stretch first is a good change too.',
  },
} as const satisfies Record<string, ReminderMessage>

/** Stand after sitting, sit after standing; the first of a run is "stand up". */
export function postureMessage(lastId: string | null): ReminderMessage {
  return lastId === postureMessages.stand.id ? postureMessages.sit : postureMessages.stand
}

/** Shown beside a reminder's switch in Settings, not in every notification. */
export const reminderCaveats: Partial<Record<ReminderKind, string>> = {
  hydrate:
    'If your clinician has given you fluid or mineral limits, follow their advice over these reminders.',
}

/**
 * A line for this kind, never the one shown last time. `random` returns
 * [0, 1) like Math.random; tests pass a seeded one.
 */
export function pickMessage(
  kind: ReminderKind,
  lastId: string | null,
  random: () => number,
): ReminderMessage {
  const all = reminderMessages[kind]
  const choices = all.length > 1 ? all.filter((m) => m.id !== lastId) : all
  const r = random()
  // A broken random source (NaN, out of range) still never repeats the last line.
  const index = Number.isFinite(r)
    ? Math.min(choices.length - 1, Math.max(0, Math.floor(r * choices.length)))
    : 0
  const picked = choices[index]
  if (picked === undefined) throw new Error(`No reminder messages for ${kind}`)
  return picked
}
