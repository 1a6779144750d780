import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createWindowStateSaver,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  saveWindowState,
  windowStatePath,
  type DisplayLike,
} from './window-state'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-window-'))
  file = windowStatePath(dir)
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1440, height: 875 } }
const external: DisplayLike = { workArea: { x: 1440, y: -200, width: 2560, height: 1400 } }
const defaults = { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, isMaximized: false }

describe('loadWindowState', () => {
  it('uses defaults when there is no file', () => {
    expect(loadWindowState(file, [laptop])).toEqual(defaults)
  })

  it.each([
    ['bad JSON', '{"width": 900,'],
    ['not an object', '[1,2,3]'],
    ['a string width', '{"x":10,"y":10,"width":"900","height":700,"isMaximized":false}'],
    ['NaN-like values', '{"x":10,"y":10,"width":1e999,"height":700,"isMaximized":false}'],
    ['fractional size', '{"x":10,"y":10,"width":900.5,"height":700,"isMaximized":false}'],
    ['negative size', '{"x":10,"y":10,"width":-900,"height":700,"isMaximized":false}'],
    ['missing isMaximized', '{"x":10,"y":10,"width":900,"height":700}'],
    [
      'extra keys',
      '{"x":10,"y":10,"width":900,"height":700,"isMaximized":false,"__proto__":{"a":1}}',
    ],
    ['an empty file', ''],
  ])('ignores %s', (_label, text) => {
    writeFileSync(file, text)
    expect(loadWindowState(file, [laptop])).toEqual(defaults)
  })

  it('restores a saved window that is on a display', () => {
    saveWindowState(file, { x: 100, y: 50, width: 1000, height: 700, isMaximized: true })
    expect(loadWindowState(file, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      isMaximized: true,
    })
  })

  it('restores a window on a second display at negative coordinates', () => {
    saveWindowState(file, { x: 1500, y: -150, width: 1200, height: 900, isMaximized: false })
    expect(loadWindowState(file, [laptop, external])).toMatchObject({ x: 1500, y: -150 })
  })

  it.each([
    ['on an unplugged monitor', { x: 3000, y: 100 }],
    ['far to the left', { x: -5000, y: 100 }],
    ['above every screen', { x: 100, y: -2000 }],
    ['with only a sliver showing', { x: 1440 - 20, y: 100 }],
  ])('ignores a position %s but keeps maximized', (_label, position) => {
    saveWindowState(file, { ...position, width: 1000, height: 700, isMaximized: true })
    expect(loadWindowState(file, [laptop])).toEqual({ ...defaults, isMaximized: true })
  })

  it('ignores any position when no display is connected', () => {
    saveWindowState(file, { x: 100, y: 100, width: 1000, height: 700, isMaximized: false })
    expect(loadWindowState(file, [])).toEqual(defaults)
  })

  it('grows a too-small window to the minimum size', () => {
    saveWindowState(file, { x: 100, y: 100, width: 200, height: 100, isMaximized: false })
    expect(loadWindowState(file, [laptop])).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT })
  })

  it('keeps the size when no position was saved (Wayland)', () => {
    saveWindowState(file, { width: 1200, height: 800, isMaximized: false })
    expect(loadWindowState(file, [laptop])).toEqual({
      width: 1200,
      height: 800,
      isMaximized: false,
    })
  })
})

describe('saveWindowState', () => {
  it('refuses invalid state instead of writing it', () => {
    expect(() => {
      saveWindowState(file, { x: 1, y: 1, width: Number.NaN, height: 1, isMaximized: false })
    }).toThrow()
    expect(existsSync(file)).toBe(false)
  })
})

describe('createWindowStateSaver', () => {
  it('writes once, after the window stops moving', () => {
    vi.useFakeTimers()
    try {
      const saver = createWindowStateSaver(file, { debounceMs: 500 })
      for (let x = 0; x < 50; x++)
        saver.schedule({ x, y: 10, width: 900, height: 700, isMaximized: false })
      vi.advanceTimersByTime(499)
      expect(existsSync(file)).toBe(false)
      vi.advanceTimersByTime(1)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ x: 49 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('writes immediately on flush (window closing) and cancels the pending write', () => {
    vi.useFakeTimers()
    try {
      const saver = createWindowStateSaver(file, { debounceMs: 500 })
      saver.schedule({ x: 5, y: 6, width: 900, height: 700, isMaximized: true })
      saver.flush()
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        x: 5,
        y: 6,
        width: 900,
        height: 700,
        isMaximized: true,
      })
      rmSync(file)
      vi.advanceTimersByTime(1000)
      expect(existsSync(file)).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('reports a failed write instead of throwing', () => {
    const onError = vi.fn()
    const saver = createWindowStateSaver(join(file, 'not-a-dir', 'x.json'), { onError })
    writeFileSync(file, 'a file where a folder is needed')
    saver.schedule({ x: 1, y: 1, width: 900, height: 700, isMaximized: false })
    expect(() => {
      saver.flush()
    }).not.toThrow()
    expect(onError).toHaveBeenCalledOnce()
  })
})
