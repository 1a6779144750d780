/**
 * Finds the first string in an already-validated payload that is not
 * well-formed Unicode (a lone UTF-16 surrogate). SQLite stores UTF-8, where
 * such a string cannot exist: it would silently come back as replacement
 * characters, changing what the user saved. Returns the dotted path, or null.
 */
// With the u flag a regex walks code points, so a surrogate half matches only when unpaired.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

export function illFormedPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path.join('.') : null
  // A file's bytes hold no text.
  if (ArrayBuffer.isView(value)) return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedPath(value[i], [...path, String(i)])
      if (found !== null) return found
    }
    return null
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = illFormedPath(item, [...path, key])
      if (found !== null) return found
    }
  }
  return null
}
