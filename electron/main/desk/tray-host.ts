import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/**
 * Whether the desktop shows tray icons at all. On Linux Electron's tray is a
 * StatusNotifierItem, which appears only where a StatusNotifierWatcher owns
 * its name on the session bus (KDE, Cinnamon, XFCE and others; GNOME only
 * with an AppIndicator extension). Without one the icon is invisible, so
 * hiding the window there would make Limber vanish.
 */
export type TrayHostAnswer = 'present' | 'absent' | 'unknown'

export interface TrayHost {
  /** Asks now: a watcher can come and go (an extension switched on or off). Never rejects. */
  check(): Promise<TrayHostAnswer>
}

/** Runs a program and resolves with its standard output; rejects if it fails or times out. */
export type RunProgram = (
  file: string,
  args: readonly string[],
  options: { timeoutMs: number; env: NodeJS.ProcessEnv },
) => Promise<string>

export const WATCHER = 'org.kde.StatusNotifierWatcher'
const TIMEOUT_MS = 2000

// NameHasOwner through the bus tools every Linux desktop has, rather than a
// D-Bus client library bundled into main: gdbus comes with GLib (GNOME needs
// it), dbus-send with the reference bus's tools; they honour
// DBUS_SESSION_BUS_ADDRESS and the default session bus the same way.
const queries: readonly {
  file: string
  args: string[]
  answer: (out: string) => boolean | null
}[] = [
  {
    file: 'gdbus',
    args: [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.DBus',
      '--object-path',
      '/org/freedesktop/DBus',
      '--method',
      'org.freedesktop.DBus.NameHasOwner',
      WATCHER,
    ],
    // "(true,)"
    answer: (out) => (/\btrue\b/.test(out) ? true : /\bfalse\b/.test(out) ? false : null),
  },
  {
    file: 'dbus-send',
    args: [
      '--session',
      '--print-reply=literal',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${WATCHER}`,
    ],
    // "   boolean true"
    answer: (out) => (/boolean true/.test(out) ? true : /boolean false/.test(out) ? false : null),
  },
]

export interface TrayHostOptions {
  platform: NodeJS.Platform
  /** Where DBUS_SESSION_BUS_ADDRESS comes from (process.env). */
  env: NodeJS.ProcessEnv
  run?: RunProgram
}

export function createTrayHost({ platform, env, run = runProgram }: TrayHostOptions): TrayHost {
  return {
    async check() {
      // Windows' notification area and the macOS menu bar are always there.
      if (platform !== 'linux') return 'present'
      for (const query of queries) {
        try {
          const owned = query.answer(
            await run(query.file, query.args, { timeoutMs: TIMEOUT_MS, env }),
          )
          if (owned !== null) return owned ? 'present' : 'absent'
        } catch {
          // Not installed, no session bus, or too slow: try the next tool.
        }
      }
      return 'unknown'
    },
  }
}

/** Only a watcher seen on the bus counts: hiding into an invisible tray loses the app. */
export function canHideToTray(answer: TrayHostAnswer): boolean {
  return answer === 'present'
}

/** The real runner (execFile). */
export const runProgram: RunProgram = async (file, args, { timeoutMs, env }) => {
  const { stdout } = await promisify(execFile)(file, [...args], {
    timeout: timeoutMs,
    env,
    encoding: 'utf8',
  })
  return stdout
}
