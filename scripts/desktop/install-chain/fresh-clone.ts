import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * A copy of the repository as `git clone` would give it: every tracked file
 * plus files not yet committed (so a change can be tested before it is
 * committed), nothing git ignores (node_modules, out/, native/, …).
 */
export function freshClone(repo: string, into: string): void {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const to = join(into, file)
    mkdirSync(dirname(to), { recursive: true })
    try {
      cpSync(join(repo, file), to, { preserveTimestamps: true })
    } catch (error) {
      // Deleted in the working tree but not yet in the index: a clone of the
      // working state would not have it either.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

/** True where `unshare -n` can run a command with no network at all. */
export function canCutNetwork(): boolean {
  const result = spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' })
  return result.status === 0
}
