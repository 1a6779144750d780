import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// README: "If Chromium is missing, the end-to-end step stops and tells you
// how to install it."
const SCRIPT = join(__dirname, 'check-chromium.mjs')

function check(chromium: string) {
  return spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  })
}

describe('check-chromium', () => {
  it('stops with how to install Chromium when there is none', () => {
    const result = check('/nonexistent/chromium')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('/nonexistent/chromium')
    expect(result.stderr).toContain('apt-get install -y --no-install-recommends chromium')
    expect(result.stderr).toContain('CHROMIUM_PATH')
  })

  it('lets the suite run when CHROMIUM_PATH names an executable', () => {
    expect(check(process.execPath).status).toBe(0)
  })
})
