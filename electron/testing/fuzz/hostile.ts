import fc from 'fast-check'

/** Values that break naive number and string handling. */
export const WEIRD_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1.5,
  '',
  ' ',
  '\uD800',
  '\uDFFFx',
  '1',
  'null',
  '__proto__',
  null,
  undefined,
  true,
  [],
  {},
  Object.create(null) as object,
  JSON.parse('{"__proto__":{"polluted":1}}') as object,
  new Date(8.64e15),
  new Date(Number.NaN),
  10n,
  new Uint8Array(4),
  new Map([['a', 1]]),
]

type Path = (string | number)[]

function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path)
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, [...path, i], out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, k], out)
  return out
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const copy = structuredClone(value) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path.at(-1) as string | number
  // defineProperty, so a "__proto__" key becomes an own property as JSON.parse would make it.
  Object.defineProperty(node, last, {
    value: replacement,
    enumerable: true,
    configurable: true,
    writable: true,
  })
  return copy
}

/**
 * Near misses built from a valid payload: one value anywhere swapped for a
 * weird one, or an extra (possibly `__proto__`) key added.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((v) => {
    const paths = leafPaths(v)
    return fc.oneof(
      fc
        .tuple(fc.nat(paths.length - 1), fc.constantFrom(...WEIRD_VALUES))
        .map(([i, weird]) => setAt(v, paths[i] ?? [], weird)),
      fc
        .tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'isAdmin'), fc.anything())
        .map(([key, extra]) =>
          v && typeof v === 'object' && !Array.isArray(v) ? setAt(v, [key], extra) : [v, extra],
        ),
    )
  })
}

/** Anything structured clone can carry across Electron's IPC. */
export const anyPayload: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
})
