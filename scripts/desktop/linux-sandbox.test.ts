import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APPARMOR_RESTRICT,
  DEV_PROFILE,
  linuxSandboxProblem,
  USERNS_CLONE,
  type SandboxReaders,
} from './linux-sandbox'

const DIST = '/home/ana/limber/node_modules/electron/dist'
const HELPER = `${DIST}/chrome-sandbox`
const PLAIN_FILE = { uid: 1000, mode: 0o100755 }
const SUID_ROOT = { uid: 0, mode: 0o104755 }

/** A machine described by its files; anything not listed is missing. */
function machine(
  files: Record<string, string>,
  helper: { uid: number; mode: number } | null = PLAIN_FILE,
): SandboxReaders {
  return {
    readFile: (path) => files[path] ?? null,
    stat: (path) => (path === HELPER ? helper : null),
  }
}

const check = (readers: SandboxReaders, platform: NodeJS.Platform = 'linux') =>
  linuxSandboxProblem({ platform, electronDist: DIST, readers })

const ubuntu2404 = { [APPARMOR_RESTRICT]: '1\n', [USERNS_CLONE]: '1\n' }

describe('the Linux sandbox check before npm start', () => {
  it('says nothing where user namespaces are allowed (Debian, Fedora, Ubuntu before 23.10)', () => {
    expect(check(machine({ [APPARMOR_RESTRICT]: '0\n', [USERNS_CLONE]: '1\n' }))).toBeNull()
    expect(check(machine({}))).toBeNull()
  })

  it('on Ubuntu 23.10+ explains the AppArmor restriction and gives both fixes', () => {
    const message = check(machine(ubuntu2404)) ?? ''
    expect(message).toContain('AppArmor')
    expect(message).toContain(`sudo tee ${DEV_PROFILE}`)
    expect(message).toContain(`profile limber-dev-electron ${DIST}/electron flags=(unconfined)`)
    expect(message).toContain('userns,')
    expect(message).toContain(`sudo apparmor_parser -r ${DEV_PROFILE}`)
    expect(message).toContain(`sudo chown root:root ${HELPER}`)
    expect(message).toContain(`sudo chmod 4755 ${HELPER}`)
    expect(message).toContain('.deb')
  })

  it('never suggests turning the sandbox off', () => {
    for (const files of [ubuntu2404, { [USERNS_CLONE]: '0' }]) {
      const message = check(machine(files)) ?? ''
      expect(message).not.toBe('')
      expect(message).not.toMatch(/no-sandbox|disable-setuid|ELECTRON_DISABLE_SANDBOX/i)
    }
  })

  it('is satisfied once chrome-sandbox is SUID root with mode 4755', () => {
    expect(check(machine(ubuntu2404, SUID_ROOT))).toBeNull()
  })

  it('still complains about a helper that is root-owned but not 4755 (Chromium refuses it)', () => {
    expect(check(machine(ubuntu2404, { uid: 0, mode: 0o100755 }))).not.toBeNull()
    expect(check(machine(ubuntu2404, { uid: 0, mode: 0o104777 }))).not.toBeNull()
    expect(check(machine(ubuntu2404, { uid: 1000, mode: 0o104755 }))).not.toBeNull()
  })

  it('is satisfied once the suggested AppArmor profile exists for this Electron', () => {
    const profile = `profile limber-dev-electron ${DIST}/electron flags=(unconfined) {\n  userns,\n}\n`
    expect(check(machine({ ...ubuntu2404, [DEV_PROFILE]: profile }))).toBeNull()
    // A profile for another checkout's Electron does not help this one.
    const other = profile.replace('/home/ana/limber', '/home/ana/old-limber')
    expect(check(machine({ ...ubuntu2404, [DEV_PROFILE]: other }))).not.toBeNull()
  })

  it('on kernels with unprivileged_userns_clone = 0 asks for the SUID helper', () => {
    const message = check(machine({ [USERNS_CLONE]: '0\n' })) ?? ''
    expect(message).toContain('unprivileged_userns_clone')
    expect(message).toContain(`sudo chmod 4755 ${HELPER}`)
    expect(message).not.toContain('apparmor_parser')
  })

  it('quotes a checkout path with spaces so the commands can be pasted', () => {
    const dist = '/home/ana/my projects/limber/node_modules/electron/dist'
    const message =
      linuxSandboxProblem({
        platform: 'linux',
        electronDist: dist,
        readers: { readFile: (p) => (p === APPARMOR_RESTRICT ? '1' : null), stat: () => null },
      }) ?? ''
    expect(message).toContain(`sudo chmod 4755 "${dist}/chrome-sandbox"`)
    expect(message).toContain(`profile limber-dev-electron "${dist}/electron" flags`)
  })

  it('says nothing on macOS and Windows', () => {
    expect(check(machine(ubuntu2404), 'darwin')).toBeNull()
    expect(check(machine(ubuntu2404), 'win32')).toBeNull()
  })

  it('prints a profile that a shell pastes into the exact file shown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-sandbox-'))
    try {
      const message = check(machine(ubuntu2404)) ?? ''
      // The heredoc as printed, pointed at a temp file instead of /etc and without sudo.
      const target = join(dir, 'profile')
      const lines = message.split('\n')
      const start = lines.findIndex((l) => l.startsWith('sudo tee'))
      const end = lines.indexOf('EOF', start)
      const script = [`tee ${target} > /dev/null <<'EOF'`, ...lines.slice(start + 1, end + 1)].join(
        '\n',
      )
      writeFileSync(join(dir, 'paste.sh'), `${script}\n`)
      execFileSync('sh', [join(dir, 'paste.sh')])
      const written = readFileSync(target, 'utf8')
      expect(written).toContain(`profile limber-dev-electron ${DIST}/electron flags=(unconfined) {`)
      expect(written.trimEnd().endsWith('}')).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
