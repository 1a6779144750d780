/**
 * Added to the command the OS runs at login (the Linux autostart Exec line,
 * the Windows login item's arguments), so Limber can tell a login start
 * from the user opening it.
 */
export const AT_LOGIN_ARG = '--at-login'

/**
 * Started by the OS at login: then Limber waits in the tray instead of
 * putting a window in front of whatever the user opens first. macOS says
 * so itself (`wasOpenedAtLogin`); elsewhere the argument does.
 */
export function startedAtLogin(argv: readonly string[], macOpenedAtLogin: boolean): boolean {
  return macOpenedAtLogin || argv.includes(AT_LOGIN_ARG)
}
