import { describe, expect, it } from 'vitest'
import { platformDetectors } from './platform'

const available = (r: ReturnType<typeof platformDetectors>) =>
  Object.fromEntries(r.support.map((s) => [s.signal, s.available]))

describe('which busy signals each system can read', () => {
  it('Linux on X11: full screen, camera and microphone', () => {
    const r = platformDetectors({
      platform: 'linux',
      env: { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' },
    })
    expect(available(r)).toEqual({
      fullscreen: true,
      camera: true,
      microphone: true,
      presenting: false,
    })
    expect(r.detectors.map((d) => d.signal)).toEqual(['fullscreen', 'camera', 'microphone'])
  })

  it('Linux on Wayland says full screen cannot be seen, even with XWayland’s DISPLAY set', () => {
    const r = platformDetectors({
      platform: 'linux',
      env: { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' },
    })
    const fullscreen = r.support.find((s) => s.signal === 'fullscreen')
    expect(fullscreen).toEqual({
      signal: 'fullscreen',
      available: false,
      note: 'On Wayland, Limber cannot see whether another window is full screen.',
    })
    expect(available(r).camera).toBe(true)
  })

  it('Windows: full screen and presenting from the notification state, camera and microphone from the consent store', () => {
    const r = platformDetectors({ platform: 'win32', env: {} })
    expect(available(r)).toEqual({
      fullscreen: true,
      camera: true,
      microphone: true,
      presenting: true,
    })
    expect(r.support.every((s) => s.note === null)).toBe(true)
  })

  it('macOS: camera and microphone; full screen and presenting say why they are not offered', () => {
    const r = platformDetectors({ platform: 'darwin', env: {} })
    expect(r.detectors.map((d) => d.signal)).toEqual(['camera', 'microphone'])
    expect(available(r)).toEqual({
      fullscreen: false,
      camera: true,
      microphone: true,
      presenting: false,
    })
    const notes = Object.fromEntries(r.support.map((s) => [s.signal, s.note]))
    expect(notes.fullscreen).toMatch(/no public way .* full screen, so Limber does not guess/)
    expect(notes.presenting).toMatch(/no public way .* shared or presented/)
    expect(notes.camera).toBeNull()
  })

  it('another system: every switch says it cannot be read', () => {
    const r = platformDetectors({ platform: 'freebsd', env: {} })
    expect(r.detectors).toEqual([])
    expect(r.support.map((s) => s.note)).toEqual(
      Array(4).fill('Limber cannot read this on freebsd yet.'),
    )
  })
})
