/**
 * `cx('card visually-hidden')` for a component whose stylesheet is a CSS module:
 * names the module defines become its scoped classes, the rest (shared ones
 * such as `visually-hidden`) pass through. A module class is only
 * reachable by importing its module, and a component nobody renders takes
 * its styles out of the bundle with it.
 */
export function moduleClasses(styles: CSSModuleClasses) {
  return (names: string): string =>
    names
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => styles[name] ?? name)
      .join(' ')
}
