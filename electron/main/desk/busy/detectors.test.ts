import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BusyMonitor, type BusyDetector, type Reading } from './detector'
import { cameraDetector, microphoneDetector } from './proc-devices'
import { activeWindowFullscreen, type XProps } from './x11-fullscreen'

const roots: string[] = []
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true })
})

/** A fake /proc: each pid's fd folder holds links to the devices it has open. */
function fakeProc(processes: Record<string, string[] | 'unreadable'>): string {
  const root = mkdtempSync(join(tmpdir(), 'limber-proc-'))
  roots.push(root)
  mkdirSync(join(root, 'self'))
  for (const [pid, fds] of Object.entries(processes)) {
    if (fds === 'unreadable') {
      mkdirSync(join(root, pid))
      continue
    }
    mkdirSync(join(root, pid, 'fd'), { recursive: true })
    fds.forEach((target, i) => {
      symlinkSync(target, join(root, pid, 'fd', String(i)))
    })
  }
  return root
}

describe('camera and microphone from /proc', () => {
  it('a camera node open in another process is busy; other devices are not', async () => {
    const inCall = fakeProc({ '812': ['/dev/null', '/dev/video0'], '900': ['socket:[1]'] })
    expect(await cameraDetector(inCall).read()).toBe('busy')
    const idle = fakeProc({ '812': ['/dev/null', '/dev/dri/card0'], '900': ['/dev/snd/pcmC0D0p'] })
    expect(await cameraDetector(idle).read()).toBe('free')
  })

  it('a capture (…c) PCM node held by the sound server is busy; playback (…p) is not', async () => {
    const recording = fakeProc({ '455': ['/dev/snd/controlC0', '/dev/snd/pcmC1D0c'] })
    expect(await microphoneDetector(recording).read()).toBe('busy')
    const music = fakeProc({ '455': ['/dev/snd/controlC0', '/dev/snd/pcmC0D0p'] })
    expect(await microphoneDetector(music).read()).toBe('free')
  })

  it('ignores its own process and skips processes it may not read', async () => {
    const own = fakeProc({ [String(process.pid)]: ['/dev/video0'], '77': 'unreadable', '78': [] })
    expect(await cameraDetector(own).read()).toBe('free')
  })

  it('is unknown when /proc is missing or nothing in it can be read', async () => {
    expect(await cameraDetector('/nonexistent/proc').read()).toBe('unknown')
    expect(await microphoneDetector(fakeProc({ '1': 'unreadable' })).read()).toBe('unknown')
  })
})

/** A fake X server: atoms by name and 32-bit properties per window. */
function fakeX(props: Record<number, Record<string, number[]>>, missing: string[] = []): XProps {
  const names = ['_NET_SUPPORTING_WM_CHECK', '_NET_ACTIVE_WINDOW', '_NET_WM_STATE']
  const atoms = new Map(
    [...names, '_NET_WM_STATE_FULLSCREEN', '_NET_WM_STATE_ABOVE'].map((n, i) => [n, 300 + i]),
  )
  for (const m of missing) atoms.delete(m)
  const byAtom = new Map([...atoms].map(([n, a]) => [a, n]))
  return {
    root: 1,
    atom: (name) => Promise.resolve(atoms.get(name) ?? 0),
    values: (window, atom) => Promise.resolve(props[window]?.[byAtom.get(atom) ?? ''] ?? null),
  }
}
const FS = 303
const ABOVE = 304

describe('full screen from EWMH properties', () => {
  it('busy when the active window has _NET_WM_STATE_FULLSCREEN, free otherwise', async () => {
    const wm = { _NET_SUPPORTING_WM_CHECK: [9] }
    const full = fakeX({
      1: { ...wm, _NET_ACTIVE_WINDOW: [42] },
      42: { _NET_WM_STATE: [ABOVE, FS] },
    })
    expect(await activeWindowFullscreen(full)).toBe('busy')
    const normal = fakeX({ 1: { ...wm, _NET_ACTIVE_WINDOW: [42] }, 42: { _NET_WM_STATE: [ABOVE] } })
    expect(await activeWindowFullscreen(normal)).toBe('free')
    // Another window is full screen but not active (a video on the second screen, paused).
    const other = fakeX({
      1: { ...wm, _NET_ACTIVE_WINDOW: [42] },
      42: {},
      43: { _NET_WM_STATE: [FS] },
    })
    expect(await activeWindowFullscreen(other)).toBe('free')
    expect(await activeWindowFullscreen(fakeX({ 1: wm }))).toBe('free')
  })

  it('unknown without an EWMH window manager', async () => {
    expect(await activeWindowFullscreen(fakeX({ 1: { _NET_ACTIVE_WINDOW: [42] } }))).toBe('unknown')
    expect(await activeWindowFullscreen(fakeX({ 1: {} }, ['_NET_SUPPORTING_WM_CHECK']))).toBe(
      'unknown',
    )
  })
})

const detector = (signal: BusyDetector['signal'], read: () => Promise<Reading>): BusyDetector => ({
  signal,
  read,
})

describe('BusyMonitor: the scheduler’s busy source', () => {
  it('answers checking, reads once, then answers from the fresh reading', async () => {
    let reads = 0
    let landed = 0
    let now = 1_000
    const monitor = new BusyMonitor(
      [
        detector('camera', () => (reads++, Promise.resolve('busy'))),
        detector('fullscreen', () => Promise.resolve('free')),
      ],
      [],
      () => landed++,
      () => now,
    )
    expect(monitor.check(['camera', 'fullscreen'], now)).toEqual({ state: 'checking' })
    expect(monitor.check(['camera', 'fullscreen'], now)).toEqual({ state: 'checking' })
    await new Promise((r) => setTimeout(r, 10))
    expect(landed).toBe(1)
    expect(monitor.check(['camera', 'fullscreen'], now)).toEqual({
      state: 'busy',
      signal: 'camera',
    })
    expect(reads).toBe(1)
    now += 60_000
    expect(monitor.check(['camera', 'fullscreen'], now)).toEqual({ state: 'checking' })
  })

  it('a detector that throws or hangs counts as not busy, and the reading still lands', async () => {
    let landed = 0
    const monitor = new BusyMonitor(
      [
        detector('camera', () => Promise.reject(new Error('no /proc'))),
        detector('microphone', () => new Promise<Reading>(() => undefined)),
      ],
      [],
      () => landed++,
      Date.now,
      50,
    )
    expect(monitor.check(['camera', 'microphone'], Date.now())).toEqual({ state: 'checking' })
    await new Promise((r) => setTimeout(r, 200))
    expect(landed).toBe(1)
    expect(monitor.check(['camera', 'microphone'], Date.now())).toEqual({ state: 'free' })
  })

  it('signals without a detector here are free at once, without a reading', () => {
    const monitor = new BusyMonitor([], [], () => undefined)
    expect(monitor.check(['presenting'], 0)).toEqual({ state: 'free' })
  })
})
