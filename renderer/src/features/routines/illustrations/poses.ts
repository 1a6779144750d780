/**
 * Stick-figure poses for each exercise, in a 120 × 120 box with the floor at
 * y = 110. One body with fixed proportions (head r 7, torso ~33, thigh and
 * shin ~24) so every drawing looks like the same person. Limbs further from
 * the viewer are drawn fainter; props (chair, wall, step, band) thinner.
 */

export type Point = readonly [number, number]

export interface Stroke {
  readonly points: readonly Point[]
  /** far: the limb behind the body; prop: furniture and kit; motion: a movement hint. */
  readonly layer?: 'far' | 'prop' | 'motion'
}

export interface Pose {
  readonly head: Point
  readonly strokes: readonly Stroke[]
  /** Extra shapes (a curved motion arc, a glass) as SVG path data. */
  readonly paths?: readonly { d: string; layer: 'prop' | 'motion' }[]
  /** Drawn without the floor line (nothing here stands on it). */
  readonly noFloor?: boolean
}

const far = (...points: Point[]): Stroke => ({ points, layer: 'far' })
const near = (...points: Point[]): Stroke => ({ points })
const prop = (...points: Point[]): Stroke => ({ points, layer: 'prop' })
const motion = (...points: Point[]): Stroke => ({ points, layer: 'motion' })

/** An up-pointing arrow head at (x, y). */
const arrowUp = (x: number, y: number): Stroke => motion([x - 4, y + 5], [x, y], [x + 4, y + 5])

const standing: Pose = {
  head: [60, 18],
  strokes: [
    far([60, 32], [52, 47], [49, 62]),
    far([60, 60], [56, 84], [55, 108]),
    near([60, 27], [60, 60]),
    near([60, 60], [63, 84], [64, 108]),
    near([60, 32], [68, 47], [71, 62]),
  ],
}

export const poses: Record<string, Pose> = {
  march_in_place: {
    head: [60, 18],
    strokes: [
      far([60, 32], [70, 44], [79, 50]),
      far([60, 60], [58, 84], [58, 108]),
      near([60, 27], [60, 60]),
      near([60, 60], [80, 66], [78, 90]),
      near([60, 32], [51, 46], [45, 58]),
      motion([94, 62], [94, 84]),
      arrowUp(94, 62),
    ],
  },
  easy_cardio: {
    head: [66, 18],
    strokes: [
      far([63, 32], [72, 45], [82, 42]),
      far([59, 60], [50, 82], [37, 102]),
      near([64, 27], [59, 60]),
      near([59, 60], [71, 81], [78, 106]),
      near([63, 32], [54, 46], [46, 55]),
      motion([14, 40], [28, 40]),
      motion([10, 52], [26, 52]),
      motion([16, 64], [28, 64]),
    ],
  },
  leg_swing_front_back: {
    head: [62, 18],
    strokes: [
      prop([36, 54], [36, 110]),
      prop([36, 82], [14, 82], [14, 110]),
      far([62, 32], [66, 47], [66, 60]),
      far([62, 60], [62, 84], [62, 108]),
      near([62, 27], [62, 60]),
      near([62, 60], [80, 76], [96, 92]),
      near([62, 32], [49, 44], [38, 54]),
    ],
    paths: [{ d: 'M 34 100 Q 64 122 102 96', layer: 'motion' }],
  },
  leg_swing_side: {
    head: [60, 18],
    strokes: [
      prop([34, 60], [86, 60]),
      prop([38, 60], [38, 74]),
      prop([82, 60], [82, 74]),
      near([60, 27], [60, 58]),
      near([56, 60], [64, 60]),
      near([60, 32], [48, 45], [44, 60]),
      near([60, 32], [72, 45], [76, 60]),
      near([56, 60], [54, 84], [53, 108]),
      near([64, 60], [82, 78], [98, 94]),
    ],
    paths: [{ d: 'M 40 104 Q 70 118 104 92', layer: 'motion' }],
  },
  standing_hamstring_stretch: {
    head: [71, 27],
    strokes: [
      prop([80, 110], [80, 88], [110, 88], [110, 110]),
      far([64, 38], [67, 54], [70, 67]),
      far([48, 62], [48, 86], [48, 110]),
      near([64, 34], [48, 62]),
      near([48, 62], [70, 74], [92, 86]),
      near([92, 86], [95, 79]),
      near([64, 38], [72, 52], [77, 66]),
    ],
  },
  seated_hamstring_stretch: {
    head: [70, 73],
    strokes: [
      far([30, 104], [46, 98], [42, 107]),
      near([62, 80], [30, 104]),
      near([30, 106], [64, 107], [98, 107]),
      near([98, 107], [100, 99]),
      near([60, 82], [76, 92], [91, 99]),
    ],
  },
  standing_calf_stretch: {
    head: [86, 27],
    strokes: [
      prop([106, 12], [106, 110]),
      far([80, 40], [91, 46], [104, 46]),
      far([62, 62], [78, 82], [78, 108]),
      near([80, 35], [62, 62]),
      near([62, 62], [46, 86], [30, 108]),
      near([30, 108], [40, 108]),
      near([80, 38], [92, 38], [104, 34]),
    ],
  },
  hip_stretch: {
    head: [55, 32],
    strokes: [
      prop([28, 44], [28, 110]),
      prop([28, 80], [64, 80], [64, 110]),
      far([50, 44], [62, 56], [74, 70]),
      far([42, 76], [72, 78], [74, 108]),
      near([50, 41], [42, 76]),
      near([42, 76], [62, 64], [82, 74]),
      near([50, 44], [58, 58], [66, 66]),
    ],
  },
  hamstring_massage: {
    head: [47, 59],
    strokes: [
      far([34, 102], [48, 82], [56, 106]),
      far([44, 72], [58, 82], [72, 98]),
      near([45, 67], [34, 102]),
      near([34, 104], [64, 106], [94, 106]),
      near([94, 106], [96, 98]),
      near([44, 72], [54, 86], [62, 99]),
    ],
    paths: [
      { d: 'M 56 92 q 5 -6 10 0', layer: 'motion' },
      { d: 'M 70 92 q 5 -6 10 0', layer: 'motion' },
    ],
  },
  knee_bend_straighten: {
    head: [27, 58],
    strokes: [
      far([36, 104], [66, 106], [96, 106]),
      far([30, 72], [24, 88], [20, 106]),
      near([29, 67], [36, 102]),
      near([36, 102], [58, 82], [74, 104]),
      near([30, 72], [36, 88], [38, 100]),
    ],
    paths: [
      { d: 'M 100 98 Q 96 76 78 84', layer: 'motion' },
      { d: 'M 84 80 L 78 84 L 83 89', layer: 'motion' },
    ],
  },
  heat_and_water: {
    head: [47, 34],
    strokes: [
      prop([32, 46], [32, 110]),
      prop([32, 82], [66, 82], [66, 110]),
      prop([68, 28], [70, 44], [77, 44], [79, 28]),
      far([44, 48], [40, 62], [46, 74]),
      far([44, 80], [70, 82], [68, 108]),
      near([46, 43], [44, 80]),
      near([44, 80], [72, 80], [72, 108]),
      near([46, 48], [60, 54], [71, 46]),
    ],
    paths: [
      { d: 'M 54 74 q -4 -4 0 -8 q 4 -4 0 -8', layer: 'motion' },
      { d: 'M 64 74 q -4 -4 0 -8 q 4 -4 0 -8', layer: 'motion' },
    ],
  },
  glute_bridge: {
    head: [13, 101],
    strokes: [
      far([24, 104], [40, 108], [54, 108]),
      far([58, 92], [78, 86], [80, 108]),
      near([22, 104], [58, 92]),
      near([58, 92], [80, 84], [85, 108]),
      motion([58, 84], [58, 68]),
      arrowUp(58, 68),
    ],
  },
  single_leg_bridge: {
    head: [13, 101],
    strokes: [
      far([24, 104], [40, 108], [54, 108]),
      far([58, 92], [78, 86], [84, 108]),
      near([22, 104], [58, 92]),
      near([58, 92], [80, 84], [103, 76]),
      motion([56, 84], [56, 68]),
      arrowUp(56, 68),
    ],
  },
  romanian_deadlift: {
    head: [88, 34],
    strokes: [
      far([76, 44], [74, 60], [72, 76]),
      far([46, 58], [52, 82], [50, 108]),
      near([80, 40], [46, 58]),
      near([46, 58], [57, 82], [55, 108]),
      near([78, 44], [78, 60], [76, 76]),
      prop([64, 78], [88, 78]),
      prop([66, 72], [66, 84]),
      prop([86, 72], [86, 84]),
    ],
  },
  hamstring_curl: {
    head: [14, 95],
    strokes: [
      prop([114, 70], [114, 110]),
      far([60, 102], [84, 106], [106, 106]),
      far([26, 102], [18, 108], [6, 108]),
      near([22, 100], [60, 102]),
      near([60, 102], [84, 104], [72, 83]),
      prop([72, 83], [114, 80]),
    ],
    paths: [
      { d: 'M 96 94 Q 94 80 82 78', layer: 'motion' },
      { d: 'M 88 75 L 82 78 L 87 83', layer: 'motion' },
    ],
  },
}

/** The figure shown for an exercise this version has no drawing for. */
export const genericPose: Pose = standing

export function poseFor(exerciseId: string | null | undefined): Pose {
  return (exerciseId != null ? poses[exerciseId] : undefined) ?? genericPose
}

export interface Frame {
  readonly x: number
  readonly y: number
  readonly size: number
}

/** The floor's height in pose coordinates. */
export const FLOOR_Y = 111

const PAD = 8
/** Smallest frame: small (seated, lying) figures are enlarged at most ~1.4×. */
const MIN_SIZE = 84

/** Every absolute coordinate pair in a path, enough to bound our simple paths. */
function pathPoints(d: string): Point[] {
  const points: Point[] = []
  const absolute = /([MLQ])\s*([-\d.\s]+)/g
  for (const match of d.matchAll(absolute)) {
    const numbers = (match[2] ?? '').trim().split(/\s+/).map(Number)
    for (let i = 0; i + 1 < numbers.length; i += 2)
      points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0])
  }
  return points
}

/**
 * A square view around the figure with the floor near the bottom, so a
 * seated or lying figure fills its thumbnail about as well as a standing one
 * while every figure keeps the same proportions.
 */
export function frameOf(pose: Pose): Frame {
  const points: Point[] = [
    ...pose.strokes.flatMap((s) => s.points),
    ...(pose.paths ?? []).flatMap((p) => pathPoints(p.d)),
    [pose.head[0] - 7, pose.head[1] - 7],
    [pose.head[0] + 7, pose.head[1] + 7],
  ]
  const xs = points.map(([x]) => x)
  const ys = points.map(([, y]) => y)
  const minX = Math.min(...xs)
  const maxX = Math.max(...xs)
  const minY = Math.min(...ys)
  const size = Math.max(maxX - minX + 2 * PAD, FLOOR_Y + PAD / 2 - minY + PAD, MIN_SIZE)
  return { x: (minX + maxX) / 2 - size / 2, y: FLOOR_Y + PAD / 2 - size, size }
}
