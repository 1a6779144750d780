import { describe, expect, it } from 'vitest'
import type { Koffi } from './ffi'
import {
  QUNS,
  notificationStateDetectors,
  notificationStateReading,
  shellNotificationState,
} from './windows-notification-state'

const readAll = async (state: number | null) =>
  Promise.all(notificationStateDetectors(() => Promise.resolve(state)).map((d) => d.read()))

describe('Windows notification state', () => {
  it('a full-screen app and a full-screen Store app hold as full screen', async () => {
    for (const state of [QUNS.BUSY, QUNS.APP])
      expect(await readAll(state)).toEqual(['busy', 'free'])
  })

  it('presentation mode, a full-screen Direct3D game and quiet time hold as presenting', async () => {
    for (const state of [QUNS.PRESENTATION_MODE, QUNS.RUNNING_D3D_FULL_SCREEN, QUNS.QUIET_TIME])
      expect(await readAll(state)).toEqual(['free', 'busy'])
  })

  it('accepting notifications, or away (locked, screen saver), holds nothing', async () => {
    expect(await readAll(QUNS.ACCEPTS_NOTIFICATIONS)).toEqual(['free', 'free'])
    expect(await readAll(QUNS.NOT_PRESENT)).toEqual(['free', 'free'])
  })

  it('a failed call or an undocumented value is unknown, never a guess', () => {
    expect(notificationStateReading(null, 'fullscreen')).toBe('unknown')
    expect(notificationStateReading(0, 'presenting')).toBe('unknown')
    expect(notificationStateReading(8, 'fullscreen')).toBe('unknown')
  })
})

/**
 * A stand-in for koffi with shell32 in it: records how the function was
 * bound and answers as Windows would, writing the state through the out
 * parameter and returning an HRESULT.
 */
function fakeKoffi(answer: { hr: number; state: number } | 'no-shell32') {
  const bound: unknown[][] = []
  const koffi = {
    out: (t: unknown) => ({ out: t }),
    pointer: (t: unknown) => ({ pointer: t }),
    load: (path: string) => {
      if (answer === 'no-shell32') throw new Error(`${path}: cannot open shared object`)
      return {
        func: (...args: unknown[]) => {
          bound.push([path, ...args])
          return (out: [number]) => {
            out[0] = answer.state
            return answer.hr
          }
        },
      }
    },
  }
  return { koffi: koffi as unknown as Koffi, bound }
}

describe('SHQueryUserNotificationState through koffi', () => {
  it('binds shell32’s function once, with an int out parameter, and returns the state it wrote', async () => {
    const { koffi, bound } = fakeKoffi({ hr: 0, state: QUNS.PRESENTATION_MODE })
    const query = shellNotificationState(() => Promise.resolve(koffi))
    expect(await query()).toBe(QUNS.PRESENTATION_MODE)
    expect(await query()).toBe(QUNS.PRESENTATION_MODE)
    expect(bound).toEqual([
      [
        'shell32.dll',
        '__stdcall',
        'SHQueryUserNotificationState',
        'int32',
        [{ out: { pointer: 'int32' } }],
      ],
    ])
  })

  it('a failing HRESULT, a missing shell32 or no koffi at all is null: the detectors read unknown', async () => {
    const failing = fakeKoffi({ hr: 0x80004005 | 0, state: QUNS.BUSY }).koffi
    expect(await shellNotificationState(() => Promise.resolve(failing))()).toBeNull()
    const noShell = fakeKoffi('no-shell32').koffi
    expect(await shellNotificationState(() => Promise.resolve(noShell))()).toBeNull()
    const none = shellNotificationState(() => Promise.resolve(null))
    expect(await none()).toBeNull()
    const [fullscreen] = notificationStateDetectors(none)
    expect(await fullscreen?.read()).toBe('unknown')
  })
})
