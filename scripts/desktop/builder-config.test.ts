import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// scripts/check-builder-config.mjs on the real electron-builder.yml and on
// copies with the macOS signing settings broken the two ways that ship an
// app Apple Silicon will not open, or one that ignores a Developer ID.

const ROOT = resolve(import.meta.dirname, '..', '..')
const real = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'limber-builder-'))
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function check(yml: string): { status: number | null; output: string } {
  const file = join(dir, `config-${String(Math.random()).slice(2)}.yml`)
  writeFileSync(file, yml)
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'check-builder-config.mjs'), file],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

// Each run loads electron-builder (a few seconds on a busy machine).
describe('electron-builder configuration check: macOS signing', { timeout: 60_000 }, () => {
  it('passes the configuration as committed', () => {
    expect(check(real)).toMatchObject({ status: 0 })
  })

  it('refuses fuses without the ad-hoc re-signature', () => {
    const broken = real.replace(/^\s+resetAdHocDarwinSignature: true\n/m, '\n')
    expect(broken).not.toMatch(/^\s+resetAdHocDarwinSignature:/m)
    const { status, output } = check(broken)
    expect(status).toBe(1)
    expect(output).toContain('electronFuses.resetAdHocDarwinSignature must be true')
  })

  it('refuses a fixed identity, which would skip or override a Developer ID', () => {
    for (const identity of ['null', '"-"']) {
      const pinned = real.replace(/^mac:\n/m, `mac:\n  identity: ${identity}\n`)
      const { status, output } = check(pinned)
      expect(status).toBe(1)
      expect(output).toContain('mac.identity must be left unset')
    }
  })
})
