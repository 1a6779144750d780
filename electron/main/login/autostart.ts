import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { AT_LOGIN_ARG } from './started-at-login'

// Launch at login on Linux: an XDG autostart entry, which every desktop
// that follows freedesktop.org (GNOME, KDE, Xfce, Cinnamon, …) runs at login.

/** $XDG_CONFIG_HOME/autostart/limber.desktop, or under ~/.config. */
export function autostartFile(env: NodeJS.ProcessEnv, home: string): string {
  const configured = env['XDG_CONFIG_HOME']
  // The base-directory spec says a relative path there is invalid and must be ignored.
  const config = configured && isAbsolute(configured) ? configured : join(home, '.config')
  return join(config, 'autostart', 'limber.desktop')
}

const RESERVED = /[\s"'\\<>~|&;$*?#()`]/

/**
 * One Exec= argument per the Desktop Entry spec: quoted when it holds a
 * reserved character (with ", `, $ and \ escaped inside the quotes), "%"
 * doubled so it is not a field code, then the file-wide string escape for
 * backslashes. A newline cannot be written at all.
 */
export function execArgument(arg: string): string {
  if (/[\n\r]/.test(arg)) throw new Error('A command with a line break cannot start at login')
  const quoted = RESERVED.test(arg) ? `"${arg.replace(/["`$\\]/g, (c) => `\\${c}`)}"` : arg
  return quoted.replace(/%/g, '%%').replace(/\\/g, '\\\\')
}

export function desktopEntry(command: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Limber',
    'Comment=Leg-cramp journal and desk reminders',
    `Exec=${execArgument(command)} ${AT_LOGIN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

/**
 * Writes the entry (or removes it, for null). The write goes to a temporary
 * file renamed over the entry, so a session starting meanwhile never reads
 * half a file.
 */
export function setAutostart(
  file: string,
  entry: string | null,
): 'written' | 'removed' | 'unchanged' {
  const current = readOrNull(file)
  if (entry === null) {
    if (current === null) return 'unchanged'
    rmSync(file, { force: true })
    return 'removed'
  }
  if (current === entry) return 'unchanged'
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temp, entry, { encoding: 'utf8', mode: 0o644 })
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return 'written'
}
