import type { BusyDetector, Reading } from './detector'
import { type Koffi, loadKoffi } from './ffi'

/**
 * CoreAudio and CoreMediaIO describe devices as objects with properties,
 * each addressed by a selector and a scope (four-character codes), read
 * with the same pair of calls. Neither needs camera or microphone
 * permission: nothing is recorded, only whether something is.
 */
export interface PropertyReader {
  /** The property as UInt32 words, or null when the object has no such property. */
  words(object: number, selector: string, scope: string): number[] | null
}

/** kAudioObjectSystemObject and kCMIOObjectSystemObject: the list of devices lives here. */
export const SYSTEM_OBJECT = 1

const on = (reader: PropertyReader, object: number, selector: string, scope = 'glob') =>
  (reader.words(object, selector, scope)?.[0] ?? 0) !== 0

/**
 * A camera is in use when any CoreMediaIO device is "running somewhere"
 * (kCMIODevicePropertyDeviceIsRunningSomewhere, 'gone'): the same state
 * that lights the camera's LED. Limber never opens a camera itself.
 */
export function cameraInUse(cmio: PropertyReader): Reading {
  const devices = cmio.words(SYSTEM_OBJECT, 'dev#', 'glob')
  if (devices === null) return 'unknown'
  return devices.some((d) => on(cmio, d, 'gone')) ? 'busy' : 'free'
}

/**
 * The microphone is being recorded when a process is running audio input
 * (kAudioProcessPropertyIsRunningInput over the process list, macOS 14.2
 * and later). Before that, the device itself is asked: a device that only
 * records and is running somewhere. A device that also plays (a USB headset)
 * is left out there, because music playing through it would look the same.
 */
export function microphoneInUse(audio: PropertyReader): Reading {
  const processes = audio.words(SYSTEM_OBJECT, 'prs#', 'glob')
  if (processes !== null) return processes.some((p) => on(audio, p, 'piri')) ? 'busy' : 'free'
  const devices = audio.words(SYSTEM_OBJECT, 'dev#', 'glob')
  if (devices === null) return 'unknown'
  const recordsOnly = (d: number) =>
    (audio.words(d, 'stm#', 'inpt')?.length ?? 0) > 0 &&
    (audio.words(d, 'stm#', 'outp')?.length ?? 0) === 0
  return devices.some((d) => recordsOnly(d) && on(audio, d, 'gone')) ? 'busy' : 'free'
}

export function fourcc(code: string): number {
  return Buffer.from(code, 'latin1').readUInt32BE(0)
}

const CORE_AUDIO = '/System/Library/Frameworks/CoreAudio.framework/CoreAudio'
const CORE_MEDIA_IO = '/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO'
/** kAudioObjectPropertyElementMain (kCMIOObjectPropertyElementMain): the whole object. */
const ELEMENT_MAIN = 0
const NO_ERR = 0

type Frameworks = { audio: PropertyReader; cmio: PropertyReader }

/** The two frameworks' property calls through koffi. Their signatures differ only in the data call. */
function bindFrameworks(koffi: Koffi): Frameworks {
  const address = koffi.struct('LimberPropertyAddress', {
    mSelector: 'uint32',
    mScope: 'uint32',
    mElement: 'uint32',
  })
  const ptr = koffi.pointer(address)
  const u32 = koffi.pointer('uint32')
  const reader = (
    size: (id: number, addr: object, out: [number]) => number,
    data: (id: number, addr: object, bytes: number, buffer: Buffer) => number,
  ): PropertyReader => ({
    words(object, selector, scope) {
      const addr = { mSelector: fourcc(selector), mScope: fourcc(scope), mElement: ELEMENT_MAIN }
      const bytes: [number] = [0]
      if (size(object, addr, bytes) !== NO_ERR) return null
      const buffer = Buffer.alloc(bytes[0])
      if (bytes[0] > 0 && data(object, addr, bytes[0], buffer) !== NO_ERR) return null
      const out: number[] = []
      for (let i = 0; i + 4 <= buffer.length; i += 4) out.push(buffer.readUInt32LE(i))
      return out
    },
  })
  // Both frameworks start their calls with (object, address, qualifier size, qualifier).
  const head = ['uint32', ptr, 'uint32', 'void *']
  const ca = koffi.load(CORE_AUDIO)
  const caSize = ca.func('AudioObjectGetPropertyDataSize', 'int32', [...head, koffi.out(u32)])
  const caData = ca.func('AudioObjectGetPropertyData', 'int32', [
    ...head,
    koffi.inout(u32),
    'void *',
  ])
  const io = koffi.load(CORE_MEDIA_IO)
  const ioSize = io.func('CMIOObjectGetPropertyDataSize', 'int32', [...head, koffi.out(u32)])
  const ioData = io.func('CMIOObjectGetPropertyData', 'int32', [
    ...head,
    'uint32',
    koffi.out(u32),
    'void *',
  ])
  return {
    audio: reader(
      (id, addr, out) => caSize(id, addr, 0, null, out) as number,
      (id, addr, bytes, buffer) => caData(id, addr, 0, null, [bytes], buffer) as number,
    ),
    cmio: reader(
      (id, addr, out) => ioSize(id, addr, 0, null, out) as number,
      (id, addr, bytes, buffer) => ioData(id, addr, 0, null, bytes, [0], buffer) as number,
    ),
  }
}

/** The frameworks, bound once; null (every reading "unknown") when koffi or a framework cannot load. */
export function macFrameworks(
  load: () => Promise<Koffi | null> = loadKoffi,
): () => Promise<Frameworks | null> {
  let bound: Promise<Frameworks | null> | null = null
  return () => {
    bound ??= load().then((koffi) => {
      if (!koffi) return null
      try {
        return bindFrameworks(koffi)
      } catch {
        return null
      }
    })
    return bound
  }
}

export function macDeviceDetectors(frameworks: () => Promise<Frameworks | null>): BusyDetector[] {
  const read = (pick: (f: Frameworks) => Reading) => async (): Promise<Reading> => {
    const f = await frameworks()
    return f ? pick(f) : 'unknown'
  }
  return [
    { signal: 'camera', read: read((f) => cameraInUse(f.cmio)) },
    { signal: 'microphone', read: read((f) => microphoneInUse(f.audio)) },
  ]
}
