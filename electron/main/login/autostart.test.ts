import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { autostartFile, desktopEntry, execArgument, setAutostart } from './autostart'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-autostart-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('autostart location', () => {
  it('uses ~/.config/autostart by default', () => {
    expect(autostartFile({}, '/home/ana')).toBe('/home/ana/.config/autostart/limber.desktop')
  })

  it('respects XDG_CONFIG_HOME', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/data/cfg' }, '/home/ana')).toBe(
      '/data/cfg/autostart/limber.desktop',
    )
  })

  it('ignores an empty or relative XDG_CONFIG_HOME, as the spec requires', () => {
    for (const value of ['', 'cfg', './cfg']) {
      expect(autostartFile({ XDG_CONFIG_HOME: value }, '/home/ana')).toBe(
        '/home/ana/.config/autostart/limber.desktop',
      )
    }
  })
})

describe('Exec line', () => {
  it('leaves a plain path alone', () => {
    expect(execArgument('/opt/Limber/limber')).toBe('/opt/Limber/limber')
  })

  it('quotes a path with spaces', () => {
    expect(execArgument('/home/ana/My Apps/Limber.AppImage')).toBe(
      '"/home/ana/My Apps/Limber.AppImage"',
    )
  })

  it('escapes what a shell-like launcher would otherwise expand', () => {
    // In the file: "/a/\\$HOME/b\\`x\\"y" (quote escapes, then the string escape for \).
    expect(execArgument('/a/$HOME/b`x"y')).toBe('"/a/\\\\$HOME/b\\\\`x\\\\"y"')
    expect(execArgument('/a/b\\c')).toBe('"/a/b\\\\\\\\c"')
  })

  it('doubles % so it is not read as a field code', () => {
    expect(execArgument('/opt/100%/limber')).toBe('/opt/100%%/limber')
  })

  it('refuses a path with a line break rather than write a broken entry', () => {
    expect(() => execArgument('/opt/a\nb')).toThrow()
  })

  it('makes an application entry that starts Limber, saying it is a login start', () => {
    const entry = desktopEntry('/opt/Limber/limber')
    expect(entry.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Limber',
        'Exec=/opt/Limber/limber --at-login',
      ]),
    )
  })
})

describe('setAutostart', () => {
  it('creates the folder and the entry, and removes it again', () => {
    const file = join(dir, 'config', 'autostart', 'limber.desktop')
    expect(setAutostart(file, 'A')).toBe('written')
    expect(readFileSync(file, 'utf8')).toBe('A')
    expect(setAutostart(file, null)).toBe('removed')
    expect(existsSync(file)).toBe(false)
    expect(setAutostart(file, null)).toBe('unchanged')
  })

  it('does not touch an entry that is already right', () => {
    const file = join(dir, 'limber.desktop')
    setAutostart(file, 'A')
    expect(setAutostart(file, 'A')).toBe('unchanged')
    expect(setAutostart(file, 'B')).toBe('written')
    expect(readFileSync(file, 'utf8')).toBe('B')
  })

  it('leaves no temporary file behind when the entry cannot be replaced', () => {
    const autostart = join(dir, 'autostart')
    const file = join(autostart, 'limber.desktop')
    // A folder where the entry goes: the final rename fails, as a full disk or a
    // permission problem would make it fail, whoever runs the test.
    mkdirSync(join(file, 'inside'), { recursive: true })
    expect(() => setAutostart(file, 'new')).toThrow()
    expect(readdirSync(autostart)).toEqual(['limber.desktop'])
  })
})
