import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingBindingMessage, nativeBindingPath } from './native-binding'

describe('nativeBindingPath', () => {
  it('uses the Electron build in the project during development', () => {
    expect(
      nativeBindingPath({ isPackaged: false, appPath: '/src/limber', resourcesPath: '/x' }),
    ).toBe(join('/src/limber', 'native', 'electron', 'better_sqlite3.node'))
  })

  it('uses the copy outside app.asar when packaged', () => {
    expect(
      nativeBindingPath({
        isPackaged: true,
        appPath: '/opt/Limber/resources/app.asar',
        resourcesPath: '/opt/Limber/resources',
      }),
    ).toBe(join('/opt/Limber/resources', 'native', 'better_sqlite3.node'))
  })
})

describe('missingBindingMessage', () => {
  it('is null when the file exists', () => {
    expect(missingBindingMessage('/x.node', false, () => true)).toBeNull()
  })

  it('tells a developer how to build it and that it needs the network once', () => {
    const message = missingBindingMessage(
      '/p/native/electron/better_sqlite3.node',
      false,
      () => false,
    )
    expect(message).toContain('/p/native/electron/better_sqlite3.node')
    expect(message).toContain('scripts/electron-sqlite.mjs')
    expect(message).toContain('electronjs.org')
  })

  it('tells a user to reinstall, and that the journal is safe', () => {
    const message = missingBindingMessage('/r/native/better_sqlite3.node', true, () => false)
    expect(message).toMatch(/reinstall/i)
    expect(message).toMatch(/journal has not been touched/)
  })
})
