import fc from 'fast-check'
import type { z } from 'zod'

/** The parts of zod 4's internal definitions this reads. */
interface Def {
  type: string
  innerType?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  options?: z.ZodType[]
  items?: z.ZodType[]
  entries?: Record<string, string | number>
  values?: unknown[]
  in?: z.ZodType
  keyType?: z.ZodType
  valueType?: z.ZodType
  getter?: () => z.ZodType
  format?: string
  pattern?: RegExp
  checks?: { _zod: { def: CheckDef } }[]
}

interface CheckDef {
  check: string
  value?: number | bigint
  inclusive?: boolean
  minimum?: number
  maximum?: number
  length?: number
  format?: string
  pattern?: RegExp
}

const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def
const checksOf = (d: Def) => (d.checks ?? []).map((c) => c._zod.def)

/** Text that tends to break storage and rendering: SQL, quoting, control and astral characters. */
export const NASTY_TEXT = [
  "'; DROP TABLE episodes; --",
  '" OR 1=1 --',
  '100% _done_ \\ [x] ^$',
  '`$(rm -rf ~)` ${x} {{x}}',
  '? ?1 :name @p $p',
  '\u0000\u0001\u001f\u007f',
  '\u202Eevil\u202C',
  'ℌ𝔢𝔩𝔩𝔬 👩🏽‍⚕️ 🦵',
  '<img src=x onerror=alert(1)>',
  '\r\n\t ',
]

/**
 * Arbitrary values shaped like a zod schema's input: the right keys and
 * types within length and range bounds. Refinements (`.refine`, custom
 * checks) are not modelled, so some values still fail parsing; the fuzz test
 * counts those with the invalid ones.
 */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const d = def(schema)
  const inner = (s: z.ZodType | undefined) => (s ? arbitraryFor(s, depth + 1) : fc.anything())
  switch (d.type) {
    case 'optional':
    case 'default':
      return fc.option(inner(d.innerType), { nil: undefined, freq: 4 })
    case 'nullable':
      return fc.option(inner(d.innerType), { nil: null, freq: 4 })
    case 'object':
      return objectArb(d.shape ?? {}, depth)
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}))
    case 'literal':
      return fc.constantFrom(...(d.values ?? [null]))
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'undefined':
      return fc.constant(undefined)
    case 'string':
      return stringArb(d)
    case 'number':
      return numberArb(d)
    case 'array': {
      const { min, max } = lengths(d)
      const size = { minLength: min, maxLength: Math.min(max, min + 6) }
      // Lists of choices are usually sets in the contract: no repeats.
      const primitive = ['enum', 'literal', 'string', 'number'].includes(
        def(d.element as z.ZodType).type,
      )
      return primitive ? fc.uniqueArray(inner(d.element), size) : fc.array(inner(d.element), size)
    }
    case 'union':
      return fc.oneof(...(d.options ?? []).map((o) => arbitraryFor(o, depth + 1)))
    case 'tuple':
      return fc.tuple(...(d.items ?? []).map((i) => arbitraryFor(i, depth + 1)))
    case 'record':
      return fc.dictionary(
        inner(d.keyType).filter((k): k is string => typeof k === 'string'),
        inner(d.valueType),
        { maxKeys: 4 },
      )
    case 'pipe':
      return inner(d.in)
    case 'lazy':
      return depth > 6 ? fc.constant(null) : inner(d.getter?.())
    default:
      return fc.anything()
  }
}

function objectArb(shape: Record<string, z.ZodType>, depth: number): fc.Arbitrary<unknown> {
  const keys = Object.keys(shape)
  const required = keys.filter((k) => {
    const t = def(shape[k] as z.ZodType).type
    return t !== 'optional' && t !== 'default'
  })
  const parts = Object.fromEntries(
    keys.map((k) => [k, arbitraryFor(shape[k] as z.ZodType, depth + 1)]),
  )
  return fc.record(parts, { requiredKeys: required })
}

function lengths(d: Def): { min: number; max: number } {
  let min = 0
  let max = 40
  for (const c of checksOf(d)) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = c.minimum
    if (c.check === 'max_length' && c.maximum !== undefined) max = c.maximum
    if (c.check === 'length_equals' && c.length !== undefined) min = max = c.length
  }
  return { min, max: Math.max(min, max) }
}

/**
 * Any code point, lone surrogate halves included. (fast-check's own 'binary'
 * unit does the same but spends seconds building a table first.)
 */
const anyCodePoint = fc.nat(0x10ffff).map((cp) => String.fromCodePoint(cp))

/** Calendar dates the way the contract writes them; mostly real days, so date fields often pass. */
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/
const realDate = fc
  .date({ min: new Date(0), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

function stringArb(d: Def): fc.Arbitrary<string> {
  const checks = checksOf(d)
  const pattern = d.pattern ?? checks.find((c) => c.pattern)?.pattern
  if (d.format === 'uuid' || d.format === 'guid') return fc.uuid({ version: 4 })
  const { min, max } = lengths(d)
  const fits = (s: string) => s.length >= min && s.length <= max
  if (pattern?.source === LOCAL_DATE.source) return fc.oneof(realDate, fc.stringMatching(pattern))
  if (pattern) return fc.stringMatching(pattern).filter(fits)
  const cap = Math.min(max, min + 60)
  return fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: cap }), weight: 3 },
    { arbitrary: fc.string({ unit: anyCodePoint, minLength: min, maxLength: cap }), weight: 1 },
    { arbitrary: fc.constantFrom(...NASTY_TEXT).filter(fits), weight: 1 },
  )
}

function numberArb(d: Def): fc.Arbitrary<number> {
  let min = -Number.MAX_SAFE_INTEGER
  let max = Number.MAX_SAFE_INTEGER
  let int = false
  for (const c of checksOf(d)) {
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) int = true
    const v = Number(c.value)
    if (c.check === 'greater_than') min = c.inclusive ? v : v + (int ? 1 : Number.EPSILON)
    if (c.check === 'less_than') max = c.inclusive ? v : v - (int ? 1 : Number.EPSILON)
    if (c.check === 'multiple_of') int = true
  }
  if (int) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}
