import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const fake = {
  openAtLogin: false,
  setLoginItemSettings: vi.fn((s: { openAtLogin: boolean }) => {
    fake.openAtLogin = s.openAtLogin
  }),
}

vi.mock('electron', () => ({
  app: {
    getLoginItemSettings: () => ({ openAtLogin: fake.openAtLogin }),
    setLoginItemSettings: (s: { openAtLogin: boolean }) => {
      fake.setLoginItemSettings(s)
    },
  },
}))

const { applyLaunchAtLogin } = await import('./login-item')

let home: string
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'limber-login-'))
  fake.openAtLogin = false
  fake.setLoginItemSettings.mockClear()
})
afterEach(() => {
  rmSync(home, { recursive: true, force: true })
})

const linux = (env: NodeJS.ProcessEnv = {}) => ({
  platform: 'linux' as const,
  isPackaged: true,
  execPath: '/opt/Limber/limber',
  env,
  home,
})
const entryFile = () => join(home, '.config', 'autostart', 'limber.desktop')

describe('launch at login', () => {
  it('on Linux adds and removes an autostart entry', () => {
    applyLaunchAtLogin(true, linux())
    expect(readFileSync(entryFile(), 'utf8')).toContain('Exec=/opt/Limber/limber --at-login\n')
    applyLaunchAtLogin(false, linux())
    expect(existsSync(entryFile())).toBe(false)
  })

  it('on Linux starts the AppImage file, not its temporary mount', () => {
    applyLaunchAtLogin(true, linux({ APPIMAGE: '/home/ana/Apps/Limber.AppImage' }))
    expect(readFileSync(entryFile(), 'utf8')).toContain(
      'Exec=/home/ana/Apps/Limber.AppImage --at-login\n',
    )
  })

  it.each([
    ['darwin', {}],
    ['win32', { args: ['--at-login'] }],
  ] as const)('on %s registers a login item only when it differs', (platform, extra) => {
    const where = { ...linux(), platform }
    applyLaunchAtLogin(true, where)
    applyLaunchAtLogin(true, where)
    expect(fake.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({
      openAtLogin: true,
      ...extra,
    })
    applyLaunchAtLogin(false, where)
    expect(fake.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, ...extra })
    expect(existsSync(entryFile())).toBe(false)
  })

  it('registers nothing from a development build', () => {
    applyLaunchAtLogin(true, { ...linux(), isPackaged: false })
    applyLaunchAtLogin(true, { ...linux(), platform: 'darwin', isPackaged: false })
    expect(existsSync(entryFile())).toBe(false)
    expect(fake.setLoginItemSettings).not.toHaveBeenCalled()
  })
})
