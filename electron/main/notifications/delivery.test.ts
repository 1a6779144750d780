import { describe, expect, it } from 'vitest'
import { APP_ID, appUserModelId, notificationFailedHint } from './delivery'

describe('notification delivery', () => {
  it("uses the installer shortcut's app ID when packaged, and the executable from source", () => {
    expect(appUserModelId(true, 'C:\\Program Files\\Limber\\Limber.exe')).toBe(APP_ID)
    const electron = 'C:\\limber\\node_modules\\electron\\dist\\electron.exe'
    expect(appUserModelId(false, electron)).toBe(electron)
  })

  it('on macOS explains that notifications need a signed app', () => {
    const { title, message } = notificationFailedHint('darwin', true)
    expect(title).toBe('Reminders cannot show as notifications')
    expect(message).toContain('signed')
    expect(message).toContain('Developer ID')
    expect(message).toContain('still appear here in the window')
  })

  it('on Windows explains the Start-menu shortcut and its app ID', () => {
    const { message } = notificationFailedHint('win32', true)
    expect(message).toContain('Start-menu shortcut')
    expect(message).toContain('Reinstall Limber')
  })

  it('from source says what works there instead', () => {
    expect(notificationFailedHint('win32', false).message).toContain(
      'pin node_modules\\electron\\dist\\electron.exe to Start',
    )
    expect(notificationFailedHint('darwin', false).message).toContain('allow Electron')
    for (const platform of ['darwin', 'win32'] as const) {
      expect(notificationFailedHint(platform, false).message).not.toContain('Reinstall')
      expect(notificationFailedHint(platform, false).message).not.toContain('Developer ID')
    }
  })
})
