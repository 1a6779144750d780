import type { ExerciseId } from './schema'

/**
 * The exercises Limber has an illustration for, with the default name, how-to
 * and cue a new step gets. Wording is Limber's own, from CONTENT.md: stretch
 * to a gentle pull and never into sharp pain, build strength gradually, heat
 * during a cramp and ice only afterwards if it stays sore.
 */
export interface Exercise {
  readonly id: ExerciseId
  readonly name: string
  readonly howTo: readonly string[]
  readonly cue: string
}

const GENTLE_PULL = 'A gentle pull, never sharp pain'
const THIGH_PULL = 'A gentle pull along the back of the thigh, never sharp pain'

export const exercises = [
  {
    id: 'march_in_place',
    name: 'March in place',
    howTo: [
      'Stand tall and march on the spot, lifting your knees a comfortable height.',
      'Swing your arms and keep an easy, steady rhythm.',
      'A brisk walk around the room works just as well.',
    ],
    cue: 'Keep it light and steady',
  },
  {
    id: 'easy_cardio',
    name: 'Brisk walk or easy cycling',
    howTo: [
      'Walk briskly, or pedal at an easy pace.',
      'Start gently and build up a little as you go.',
    ],
    cue: 'Light and steady: a warm-up, not a workout',
  },
  {
    id: 'leg_swing_front_back',
    name: 'Leg swings, front to back',
    howTo: [
      'Stand side-on to a wall or chair and hold it for balance.',
      'Swing the outside leg forward and back, keeping it relaxed.',
      'Let each swing grow a little, within a comfortable range.',
    ],
    cue: 'Smooth and controlled, no jerking',
  },
  {
    id: 'leg_swing_side',
    name: 'Leg swings, side to side',
    howTo: [
      'Face a wall or chair and hold it for balance.',
      'Swing one leg across in front of you, then out to the side.',
      'Keep your hips facing forward.',
    ],
    cue: 'Smooth and controlled, no jerking',
  },
  {
    id: 'standing_hamstring_stretch',
    name: 'Standing hamstring stretch',
    howTo: [
      'Rest one heel on a low step or chair.',
      'Keep that knee straight and your back long.',
      'Hinge slightly forward from the hips.',
    ],
    cue: THIGH_PULL,
  },
  {
    id: 'seated_hamstring_stretch',
    name: 'Seated hamstring stretch',
    howTo: [
      'Sit with one leg straight out and the other bent.',
      'Keep your back straight and hinge forward from the hips toward your toes.',
      'Breathe slowly while you hold.',
    ],
    cue: THIGH_PULL,
  },
  {
    id: 'standing_calf_stretch',
    name: 'Standing calf stretch',
    howTo: [
      'Face a wall with your hands on it and step one foot back.',
      'Keep the back knee straight and that heel on the floor.',
      'Lean gently toward the wall.',
    ],
    cue: GENTLE_PULL,
  },
  {
    id: 'hip_stretch',
    name: 'Hip stretch',
    howTo: [
      'Sit tall and cross one ankle over the other knee.',
      'Lean forward a little from the hips, back straight.',
      'Feel it in the hip of the crossed leg.',
    ],
    cue: GENTLE_PULL,
  },
  {
    id: 'hamstring_massage',
    name: 'Massage',
    howTo: [
      'Knead the tight muscle with your hands, or roll it over a ball.',
      'Work slowly along the back of the thigh.',
    ],
    cue: 'Firm but comfortable pressure',
  },
  {
    id: 'knee_bend_straighten',
    name: 'Bend and straighten the knee',
    howTo: [
      'Once the worst has passed, slowly bend the knee.',
      'Then straighten it again.',
      'Start small and let the movement grow.',
    ],
    cue: 'Slow and easy',
  },
  {
    id: 'heat_and_water',
    name: 'Heat and water',
    howTo: [
      'Warm the muscle: a warm towel, a heating pad or a warm shower.',
      'Drink some water. After heavy sweating or heat, choose something with electrolytes, or a snack like yogurt or a banana.',
      'Later, only if it stays sore or tender, try brief ice.',
      'If a clinician limits your fluids or minerals, follow their advice first.',
    ],
    cue: 'Warmth now; ice only later, if it stays sore',
  },
  {
    id: 'glute_bridge',
    name: 'Glute bridge',
    howTo: [
      'Lie on your back, knees bent, feet flat and hip-width apart.',
      'Press through your heels to lift your hips.',
      'Lower slowly.',
    ],
    cue: 'Lift and lower with control',
  },
  {
    id: 'single_leg_bridge',
    name: 'Single-leg bridge',
    howTo: [
      'Set up as for a glute bridge.',
      'Lift one foot and keep that leg still.',
      'Press through the other heel to lift and lower your hips.',
    ],
    cue: 'Hips level, lower with control',
  },
  {
    id: 'romanian_deadlift',
    name: 'Light Romanian deadlift',
    howTo: [
      'Stand holding a light weight in front of your thighs.',
      'Soften your knees and hinge at the hips, sliding the weight down your legs.',
      'Keep your back straight, then push your hips forward to stand up.',
    ],
    cue: 'Light weight, straight back',
  },
  {
    id: 'hamstring_curl',
    name: 'Hamstring curl',
    howTo: [
      'With a band: lie face down with the band anchored low behind your feet and looped around one ankle, then curl that heel toward you.',
      'With a ball: lie on your back, heels on the ball, lift your hips and roll the ball in and out.',
    ],
    cue: 'Slow and smooth, both ways',
  },
] as const satisfies readonly Exercise[]

export type BuiltInExerciseId = (typeof exercises)[number]['id']

const byId = new Map<string, Exercise>(exercises.map((e) => [e.id, e]))

/** The exercise behind an id, or undefined for one this version has no illustration for. */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id)
}
