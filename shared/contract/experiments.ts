import { z } from 'zod'
import { Arm } from '../domain/experiments/design'
import { Experiment, ExperimentSetup } from '../domain/experiments/record'
import { LocalDate } from '../domain/checkin'
import { entry, NoInput } from './entry'

export const ExperimentStatus = z.enum(['scheduled', 'running', 'finished', 'abandoned'])
export type ExperimentStatus = z.infer<typeof ExperimentStatus>

export const ExperimentView = z.object({
  experiment: Experiment,
  status: ExperimentStatus,
  habitLabel: z.string(),
  totalNights: z.number().int(),
})
export type ExperimentView = z.infer<typeof ExperimentView>

/** Tonight in a running experiment: what Today and the tray say. */
export const Tonight = z.object({
  experimentId: z.uuid(),
  night: z.number().int().min(1),
  totalNights: z.number().int().min(1),
  role: z.union([Arm, z.literal('baseline')]),
  washout: z.boolean(),
  /** "Night 9 of 56. Tonight: the bedtime stretch (ON)". */
  line: z.string(),
})
export type Tonight = z.infer<typeof Tonight>

const Side = z.object({ nights: z.number(), cramps: z.number(), rate: z.number().nullable() })
const Counts = z.object({ nights: z.number(), cramps: z.number() })
const Reading = z.object({
  pairs: z.array(
    z.object({ pair: z.number(), on: Side, off: Side, difference: z.number().nullable() }),
  ),
  usablePairs: z.number(),
  exact: z
    .object({
      p: z.number(),
      smallestP: z.number(),
      orderings: z.number(),
      meanDifference: z.number(),
    })
    .nullable(),
  bayes: z
    .object({ median: z.number(), low: z.number(), high: z.number(), pAtLeast20Fewer: z.number() })
    .nullable(),
  on: Counts,
  off: Counts,
  words: z
    .object({ headline: z.string(), clear: z.boolean(), chance: z.string(), exact: z.string() })
    .nullable(),
})

export const NightRowSchema = z.object({
  night: z.number().int(),
  date: LocalDate,
  role: z.union([Arm, z.literal('baseline')]),
  washout: z.boolean(),
  cramps: z.number().nullable(),
  worstPain: z.number().nullable(),
  minutes: z.number().nullable(),
  done: z.boolean(),
})

export const ExperimentResult = z.object({
  view: ExperimentView,
  nights: z.array(NightRowSchema),
  intentionToTreat: Reading,
  perProtocol: Reading,
  adherence: z.array(
    z.object({
      pair: z.number(),
      arm: Arm,
      firstNight: z.number(),
      nights: z.number(),
      missed: z.number(),
      crossedOver: z.number(),
      unanswered: z.number(),
    }),
  ),
  missingNights: z.number(),
  trend: z.object({ perPair: z.array(z.number().nullable()), slopePerWeek: z.number().nullable() }),
})
export type ExperimentResult = z.infer<typeof ExperimentResult>

/** Every experiment, oldest first, abandoned ones included. */
export const listExperiments = entry('experiments:list', NoInput, z.array(ExperimentView))

/**
 * Draws the schedule with a cryptographically random seed and locks it.
 * Refused (conflict) when it would overlap another experiment that is not abandoned.
 */
export const startExperiment = entry('experiments:start', ExperimentSetup, ExperimentView)

/** Ends an experiment early; it is kept, marked abandoned. */
export const abandonExperiment = entry(
  'experiments:abandon',
  z.strictObject({ id: z.uuid() }),
  ExperimentView,
)

/** Tonight's night of the running experiment, or null. */
export const getTonight = entry('experiments:tonight', NoInput, Tonight.nullable())

/** The analysis so far (or final), with every night for the chart and table. */
export const getExperimentResult = entry(
  'experiments:result',
  z.strictObject({ id: z.uuid() }),
  ExperimentResult,
)

/**
 * Every started experiment's result, newest first, in one call: what
 * Insights shows, fetched alongside its other data rather than after a list.
 */
export const getExperimentResults = entry('experiments:results', NoInput, z.array(ExperimentResult))

/** Ticks a day's habit for experiments the routine player does not record. */
export const tickHabit = entry(
  'experiments:tick',
  z.strictObject({ id: z.uuid(), date: LocalDate, done: z.boolean() }),
  z.null(),
)
