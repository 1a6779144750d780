import { describe, expect, it } from 'vitest'
import {
  SYSTEM_OBJECT,
  cameraInUse,
  fourcc,
  macDeviceDetectors,
  microphoneInUse,
  type PropertyReader,
} from './macos-devices'

/** A stand-in for CoreAudio or CoreMediaIO: objects, each with properties by "selector/scope". */
function fakeHal(objects: Record<number, Record<string, number[]>>): PropertyReader {
  return {
    words: (object, selector, scope) => objects[object]?.[`${selector}/${scope}`] ?? null,
  }
}

describe('macOS camera (CoreMediaIO)', () => {
  it('a device running somewhere is busy; idle devices are free', () => {
    const cameras = (running: number) =>
      fakeHal({
        [SYSTEM_OBJECT]: { 'dev#/glob': [40, 41] },
        40: { 'gone/glob': [0] },
        41: { 'gone/glob': [running] },
      })
    expect(cameraInUse(cameras(1))).toBe('busy')
    expect(cameraInUse(cameras(0))).toBe('free')
  })

  it('no cameras at all is free; a system that will not list devices is unknown', () => {
    expect(cameraInUse(fakeHal({ [SYSTEM_OBJECT]: { 'dev#/glob': [] } }))).toBe('free')
    expect(cameraInUse(fakeHal({}))).toBe('unknown')
  })
})

describe('macOS microphone (CoreAudio)', () => {
  it('macOS 14.2+: a process running audio input is busy; one only playing is not', () => {
    const processes = (recording: number) =>
      fakeHal({
        [SYSTEM_OBJECT]: { 'prs#/glob': [70, 71], 'dev#/glob': [50] },
        70: { 'piri/glob': [0] },
        71: { 'piri/glob': [recording] },
        // The device list is not consulted when the process list answers.
        50: { 'stm#/inpt': [1], 'gone/glob': [1] },
      })
    expect(microphoneInUse(processes(1))).toBe('busy')
    expect(microphoneInUse(processes(0))).toBe('free')
  })

  it('before 14.2: a record-only device running somewhere is busy; a headset that also plays is left out', () => {
    const devices = (micRunning: number, headsetRunning: number) =>
      fakeHal({
        [SYSTEM_OBJECT]: { 'dev#/glob': [50, 51, 52] },
        50: { 'stm#/inpt': [90], 'stm#/outp': [], 'gone/glob': [micRunning] },
        51: { 'stm#/inpt': [91], 'stm#/outp': [92], 'gone/glob': [headsetRunning] },
        52: { 'stm#/inpt': [], 'stm#/outp': [93], 'gone/glob': [1] },
      })
    expect(microphoneInUse(devices(1, 0))).toBe('busy')
    expect(microphoneInUse(devices(0, 1))).toBe('free')
    expect(microphoneInUse(devices(0, 0))).toBe('free')
  })

  it('a CoreAudio that answers nothing is unknown', () => {
    expect(microphoneInUse(fakeHal({}))).toBe('unknown')
  })
})

describe('macOS detectors', () => {
  it('read unknown when the frameworks cannot be bound (no koffi, not a Mac)', async () => {
    const detectors = macDeviceDetectors(() => Promise.resolve(null))
    expect(detectors.map((d) => d.signal)).toEqual(['camera', 'microphone'])
    expect(await Promise.all(detectors.map((d) => d.read()))).toEqual(['unknown', 'unknown'])
  })

  it('ask the frameworks they are given', async () => {
    const cmio = fakeHal({ [SYSTEM_OBJECT]: { 'dev#/glob': [40] }, 40: { 'gone/glob': [1] } })
    const audio = fakeHal({ [SYSTEM_OBJECT]: { 'prs#/glob': [] } })
    const detectors = macDeviceDetectors(() => Promise.resolve({ audio, cmio }))
    expect(await Promise.all(detectors.map((d) => d.read()))).toEqual(['busy', 'free'])
  })

  it('four-character codes are big-endian, as in Apple’s headers', () => {
    expect(fourcc('gone')).toBe(0x676f6e65)
    expect(fourcc('dev#')).toBe(0x64657623)
  })
})
