/**
 * `cx('card visually-hidden')` for a component whose stylesheet is a CSS module:
 * names the module defines become its scoped classes, the rest (shared ones
 * such as `visually-hidden`) pass through. A module class is only
 * reachable by importing its module, and a component nobody renders takes
 * its styles out of the bundle with it.
 */
export function moduleClasses(styles: CSSModuleClasses) {
  // Components call this on every render with a handful of fixed strings.
  const seen = new Map<string, string>()
  return (names: string): string => {
    let mapped = seen.get(names)
    if (mapped === undefined) {
      mapped = names
        .split(/\s+/)
        .filter(Boolean)
        .map((name) => styles[name] ?? name)
        .join(' ')
      seen.set(names, mapped)
    }
    return mapped
  }
}
