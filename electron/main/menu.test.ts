import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuOptions } from './menu'

function build(overrides: Partial<MenuOptions> = {}) {
  const navigate = vi.fn()
  const showAbout = vi.fn()
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    appName: 'Limber',
    navigate,
    showAbout,
    ...overrides,
  })
  return { template, navigate, showAbout }
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function topLevel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`No ${label} menu`)
  return menu.submenu
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('Item has no click handler')
  ;(item.click as () => void)()
}

describe('application menu', () => {
  it.each([
    ['CmdOrCtrl+1', 'today'],
    ['CmdOrCtrl+2', 'journal'],
    ['CmdOrCtrl+3', 'routines'],
    ['CmdOrCtrl+4', 'trends'],
    ['CmdOrCtrl+5', 'settings'],
    ['CmdOrCtrl+,', 'settings'],
  ])('%s navigates to %s', (accelerator, route) => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { template, navigate } = build({ platform })
      const items = flatten(template).filter((item) => item.accelerator === accelerator)
      expect(items, `${accelerator} on ${platform}`).toHaveLength(1)
      click(items[0])
      expect(navigate).toHaveBeenCalledExactlyOnceWith(route)
    }
  })

  it('lists the screens in the Go menu in sidebar order', () => {
    const go = topLevel(build().template, 'Go')
    expect(go.map((item) => item.label)).toEqual([
      'Today',
      'Journal',
      'Routines',
      'Trends',
      'Settings',
    ])
  })

  it('has the usual menus, with the app menu only on macOS', () => {
    expect(build({ platform: 'linux' }).template.map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
      'Window',
      'Help',
    ])
    expect(build({ platform: 'darwin' }).template.map((item) => item.label)).toEqual([
      'Limber',
      'File',
      'Edit',
      'View',
      'Go',
      'Window',
      'Help',
    ])
  })

  it('quits from File on Windows and Linux, from the app menu on macOS', () => {
    expect(topLevel(build({ platform: 'win32' }).template, 'File').map((i) => i.role)).toContain(
      'quit',
    )
    expect(topLevel(build({ platform: 'darwin' }).template, 'Limber').map((i) => i.role)).toContain(
      'quit',
    )
  })

  it('has the edit roles so copy and paste work in text fields', () => {
    const roles = topLevel(build().template, 'Edit').map((item) => item.role)
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    )
  })

  it('offers DevTools only in development', () => {
    const roles = (isPackaged: boolean) =>
      flatten(build({ isPackaged }).template).map((item) => item.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toContain('toggleDevTools')
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    )
  })

  it('shows About Limber from Help', () => {
    const { template, showAbout } = build()
    click(topLevel(template, 'Help').find((item) => item.label === 'About Limber'))
    expect(showAbout).toHaveBeenCalledOnce()
  })
})
