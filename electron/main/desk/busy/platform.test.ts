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

  it('Windows reads camera and microphone from the consent store and says what it cannot read', () => {
    const r = platformDetectors({ platform: 'win32', env: {} })
    expect(available(r)).toEqual({
      fullscreen: false,
      camera: true,
      microphone: true,
      presenting: false,
    })
    expect(r.support.filter((s) => !s.available).every((s) => s.note !== null)).toBe(true)
  })

  it('macOS: nothing is guessed; every switch says it cannot be read yet', () => {
    const r = platformDetectors({ platform: 'darwin', env: {} })
    expect(r.detectors).toEqual([])
    expect(r.support.map((s) => s.note)).toEqual(
      Array(4).fill('Limber cannot read this on macOS yet.'),
    )
  })
})
