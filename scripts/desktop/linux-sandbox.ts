import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

// Chromium's sandbox on Linux needs either unprivileged user namespaces or
// its SUID helper (chrome-sandbox, owned by root with mode 4755). Ubuntu
// 23.10 and later let only programs with an AppArmor profile create user
// namespaces, and npm installs chrome-sandbox as an ordinary file, so
// `npm start` there aborts with a cryptic SUID-sandbox message. This module
// recognises that case before Electron starts and says how to fix it. The
// fix is always to give the sandbox what it needs, never to turn it off.

/** What the check reads, injected so tests can describe any machine. */
export interface SandboxReaders {
  /** A file's text, or null when it is missing or unreadable. */
  readFile(path: string): string | null
  /** Owner and mode bits of a file, or null when it is missing. */
  stat(path: string): { uid: number; mode: number } | null
}

export interface SandboxCheck {
  platform: NodeJS.Platform
  /** node_modules/electron/dist */
  electronDist: string
  readers: SandboxReaders
}

export const APPARMOR_RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns'
export const USERNS_CLONE = '/proc/sys/kernel/unprivileged_userns_clone'
/** The profile the message suggests; once it exists the AppArmor case is fixed. */
export const DEV_PROFILE = '/etc/apparmor.d/limber-dev-electron'

const SUID_ROOT_4755 = 0o4755

/**
 * Null when Electron's sandbox can start on this machine, otherwise a
 * message for the terminal: what blocks it and the commands that fix it.
 */
export function linuxSandboxProblem({
  platform,
  electronDist,
  readers,
}: SandboxCheck): string | null {
  if (platform !== 'linux') return null
  const helper = join(electronDist, 'chrome-sandbox')
  const binary = join(electronDist, 'electron')
  if (suidHelperReady(readers.stat(helper))) return null

  const appArmorBlocks = readers.readFile(APPARMOR_RESTRICT)?.trim() === '1'
  const sysctlBlocks = readers.readFile(USERNS_CLONE)?.trim() === '0'
  const profiled = readers.readFile(DEV_PROFILE)?.includes(binary) === true
  if (appArmorBlocks && !profiled) return appArmorMessage(helper, binary)
  if (sysctlBlocks) return sysctlMessage(helper)
  return null
}

function suidHelperReady(stat: { uid: number; mode: number } | null): boolean {
  return stat !== null && stat.uid === 0 && (stat.mode & 0o7777) === SUID_ROOT_4755
}

/** A path as the shell (and AppArmor) read it, quoted when it has spaces or the like. */
const quoted = (path: string): string => (/^[\w./+-]+$/.test(path) ? path : `"${path}"`)

const suidFix = (helper: string): string[] => [
  `    sudo chown root:root ${quoted(helper)}`,
  `    sudo chmod 4755 ${quoted(helper)}`,
  '  (npm ci replaces that file, so repeat this after each npm ci.)',
]

function appArmorMessage(helper: string, binary: string): string {
  return [
    'Electron cannot start its sandbox here: this system (Ubuntu 23.10 or later) lets only',
    'programs with an AppArmor profile use unprivileged user namespaces, and the development',
    'copy of Electron in node_modules has none.',
    '',
    'Fix it in one of two ways, then run npm start again:',
    '',
    '  1. Give Electron an AppArmor profile that allows user namespaces (survives npm ci).',
    '     Paste these lines as they are (the EOF line must start the line):',
    '',
    `sudo tee ${DEV_PROFILE} > /dev/null <<'EOF'`,
    'abi <abi/4.0>,',
    'include <tunables/global>',
    `profile limber-dev-electron ${quoted(binary)} flags=(unconfined) {`,
    '  userns,',
    '}',
    'EOF',
    `sudo apparmor_parser -r ${DEV_PROFILE}`,
    '',
    "  2. Or make Chromium's sandbox helper SUID root:",
    ...suidFix(helper),
    '',
    'The installed app needs neither: the .deb package brings its own AppArmor profile.',
  ].join('\n')
}

function sysctlMessage(helper: string): string {
  return [
    'Electron cannot start its sandbox here: unprivileged user namespaces are turned off',
    '(kernel.unprivileged_userns_clone = 0), and Chromium then needs its SUID sandbox helper.',
    '',
    'Make the helper SUID root, then run npm start again:',
    ...suidFix(helper),
    '',
    'Or allow user namespaces again: sudo sysctl kernel.unprivileged_userns_clone=1',
  ].join('\n')
}

/** The real machine's files, for the start script. */
export const nodeReaders: SandboxReaders = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return null
    }
  },
  stat(path) {
    try {
      const { uid, mode } = statSync(path)
      return { uid, mode }
    } catch {
      return null
    }
  },
}
