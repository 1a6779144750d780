import { z } from 'zod'
import { LocalDate } from '../checkin'
import { EpochMs } from '../episode'
import { ExperimentDesign, ExperimentHabit, Period, scheduleFromSeed, totalNights } from './design'
import { shiftDate } from '../local-time'

export const HABIT_LABELS: Record<ExperimentHabit, string> = {
  'bedtime-stretch': 'the bedtime stretch',
  'warm-up': 'a warm-up before exercise',
  'water-target': 'the water target',
  'electrolyte-snack': 'an electrolyte-rich snack at dinner',
  'looser-bedding': 'looser bedding',
  custom: 'the habit',
}

/** What the set-up screen sends: the schedule itself is drawn in main. */
export const ExperimentSetup = z
  .strictObject({
    habit: ExperimentHabit,
    /** Required for a custom habit: what is ticked off each day. */
    customHabit: z.string().trim().max(80).nullable(),
    design: ExperimentDesign,
    /** The evening of the first night. */
    startDate: LocalDate,
    /** "Run it again longer": the experiment this one follows up. */
    followsId: z.uuid().nullable(),
  })
  .refine((s) => s.habit !== 'custom' || (s.customHabit ?? '').length > 0, {
    path: ['customHabit'],
    message: 'Say what the habit is, in a few words',
  })
export type ExperimentSetup = z.infer<typeof ExperimentSetup>

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))

/** A stored experiment: its locked schedule, the seed it came from and the schedule's hash. */
export const Experiment = z
  .strictObject({
    id: z.uuid(),
    habit: ExperimentHabit,
    customHabit: z.string().max(80).nullable(),
    design: ExperimentDesign,
    seed: Hex(16),
    periods: z.array(Period).min(6).max(8),
    /** SHA-256 of scheduleContent(design, periods), hex. */
    scheduleHash: Hex(32),
    startDate: LocalDate,
    /** The evening of the last night. */
    endDate: LocalDate,
    followsId: z.uuid().nullable(),
    abandonedAt: EpochMs.nullable(),
    createdAt: EpochMs,
    updatedAt: EpochMs,
  })
  .refine((e) => e.endDate >= e.startDate, {
    path: ['endDate'],
    message: 'An experiment cannot end before it starts',
  })
  .refine((e) => e.endDate === experimentEnd(e.design, e.startDate), {
    path: ['endDate'],
    message: 'The end date does not match the design',
  })
  .refine((e) => samePeriods(e.periods, scheduleFromSeed(e.design, hexBytes(e.seed))), {
    path: ['periods'],
    message: 'The schedule does not match its seed',
  })
export type Experiment = z.infer<typeof Experiment>

/** A day's tick for a habit the player does not record (everything but the bedtime stretch). */
export const HabitTick = z.strictObject({
  date: LocalDate,
  done: z.boolean(),
  updatedAt: EpochMs,
})
export type HabitTick = z.infer<typeof HabitTick>

export function experimentEnd(design: ExperimentDesign, startDate: string): string {
  return shiftDate(startDate, totalNights(design) - 1)
}

export function habitLabel(e: Pick<Experiment, 'habit' | 'customHabit'>): string {
  return e.habit === 'custom' && e.customHabit ? e.customHabit : HABIT_LABELS[e.habit]
}

export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16))
}

export function bytesHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function samePeriods(a: readonly Period[], b: readonly Period[]): boolean {
  return a.length === b.length && a.every((p, i) => JSON.stringify(p) === JSON.stringify(b[i]))
}
