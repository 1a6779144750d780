import { z } from 'zod'

/**
 * One request/response IPC call: the renderer sends `input`, main answers
 * with `output`. Channel names are `feature:verb`.
 */
export interface ContractEntry<
  C extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly channel: C
  readonly input: I
  readonly output: O
}

/** A main → renderer push. Names are `feature:noun`. */
export interface EventEntry<N extends string = string, P extends z.ZodType = z.ZodType> {
  readonly name: N
  readonly payload: P
}

export function entry<C extends string, I extends z.ZodType, O extends z.ZodType>(
  channel: C,
  input: I,
  output: O,
): ContractEntry<C, I, O> {
  return { channel, input, output }
}

export function event<N extends string, P extends z.ZodType>(
  name: N,
  payload: P,
): EventEntry<N, P> {
  return { name, payload }
}

/** Input for calls that take nothing. Strict so stray keys are refused. */
export const NoInput = z.strictObject({}).optional()
