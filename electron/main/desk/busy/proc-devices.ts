import { readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BusyDetector, Reading } from './detector'

/** A camera: V4L2 capture nodes. */
export const CAMERA_DEVICE = /^\/dev\/video\d+$/
/**
 * A microphone: ALSA capture nodes (pcmC<card>D<device>c). PipeWire and
 * PulseAudio open the capture device only while some app records and
 * suspend it a few seconds after the last one stops, so the sound server
 * holding it open is "the microphone is being recorded". This needs no
 * command-line tools (pactl, pw-dump may be missing); a Bluetooth headset's
 * microphone is not an ALSA node and is not seen.
 */
export const MICROPHONE_DEVICE = /^\/dev\/snd\/pcmC\d+D\d+c$/

/**
 * Whether any process but `selfPid` has a device matching `pattern` open,
 * from `/proc/<pid>/fd/*` links. Processes whose fds cannot be read (another
 * user's) are skipped; a /proc that cannot be listed at all is "unknown".
 */
export async function deviceOpenByOthers(
  pattern: RegExp,
  procRoot = '/proc',
  selfPid = process.pid,
): Promise<Reading> {
  let entries: string[]
  try {
    entries = await readdir(procRoot)
  } catch {
    return 'unknown'
  }
  const pids = entries.filter((e) => /^\d+$/.test(e) && Number(e) !== selfPid)
  let readable = 0
  for (const pid of pids) {
    const fdDir = join(procRoot, pid, 'fd')
    let fds: string[]
    try {
      fds = await readdir(fdDir)
    } catch {
      continue
    }
    readable++
    for (const fd of fds) {
      const target = await readlink(join(fdDir, fd)).catch(() => null)
      if (target !== null && pattern.test(target)) return 'busy'
    }
  }
  return readable > 0 ? 'free' : 'unknown'
}

export function cameraDetector(procRoot = '/proc'): BusyDetector {
  return { signal: 'camera', read: () => deviceOpenByOthers(CAMERA_DEVICE, procRoot) }
}

export function microphoneDetector(procRoot = '/proc'): BusyDetector {
  return { signal: 'microphone', read: () => deviceOpenByOthers(MICROPHONE_DEVICE, procRoot) }
}
