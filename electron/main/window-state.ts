import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'

export const WINDOW_STATE_FILE = 'window-state.json'

export const MIN_WIDTH = 720
export const MIN_HEIGHT = 520
export const DEFAULT_WIDTH = 1100
export const DEFAULT_HEIGHT = 760
/** How much of a saved window must overlap a display's work area to be reused. */
const MIN_VISIBLE = 64

const Dimension = z.number().int().min(1).max(100_000)
const Coordinate = z.number().int().min(-100_000).max(100_000)

export const WindowState = z.strictObject({
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Dimension,
  height: Dimension,
  isMaximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowState>

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** The part of Electron's Display that placement needs. */
export interface DisplayLike {
  workArea: Rectangle
}

export function windowStatePath(dataDir: string): string {
  return join(dataDir, WINDOW_STATE_FILE)
}

export function defaultWindowState(): WindowState {
  return { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, isMaximized: false }
}

/**
 * Reads the saved size and position. A missing, unparsable or invalid file,
 * or a position that would put the window off every connected display (a
 * monitor that was unplugged), falls back to a centred default window.
 */
export function loadWindowState(file: string, displays: readonly DisplayLike[]): WindowState {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return defaultWindowState()
  }
  const parsed = WindowState.safeParse(raw)
  if (!parsed.success) return defaultWindowState()
  const state = parsed.data
  const sized = {
    ...state,
    width: Math.max(state.width, MIN_WIDTH),
    height: Math.max(state.height, MIN_HEIGHT),
  }
  if (sized.x === undefined || sized.y === undefined) {
    // No position (e.g. Wayland): keep the size, let the system place it.
    return { width: sized.width, height: sized.height, isMaximized: sized.isMaximized }
  }
  const bounds = { x: sized.x, y: sized.y, width: sized.width, height: sized.height }
  if (!displays.some((display) => isVisibleOn(bounds, display.workArea))) {
    return { ...defaultWindowState(), isMaximized: sized.isMaximized }
  }
  return sized
}

/** True when enough of `bounds` overlaps `area` to grab the window and move it. */
export function isVisibleOn(bounds: Rectangle, area: Rectangle): boolean {
  const overlapX =
    Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x)
  const overlapY =
    Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y)
  return overlapX >= MIN_VISIBLE && overlapY >= MIN_VISIBLE
}

/** Writes atomically, so a crash mid-write never leaves a half file behind. */
export function saveWindowState(file: string, state: WindowState): void {
  const valid = WindowState.parse(state)
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`)
  renameSync(temp, file)
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface WindowStateSaver {
  /** Remember `state`, writing it after the window has stopped moving for a moment. */
  schedule(state: WindowState): void
  /** Write any pending state now (window closing, app quitting). */
  flush(): void
}

/**
 * Debounces saves while the user drags or resizes: one write after the
 * movement stops, not one per pixel. Write errors are reported, never thrown:
 * losing the window position must not crash the app.
 */
export function createWindowStateSaver(
  file: string,
  options: { debounceMs?: number; timers?: Timers; onError?: (error: unknown) => void } = {},
): WindowStateSaver {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>)
    },
  }
  const debounceMs = options.debounceMs ?? 500
  let pending: WindowState | null = null
  let timer: unknown = null

  const flush = (): void => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
    if (!pending) return
    const state = pending
    pending = null
    try {
      saveWindowState(file, state)
    } catch (error) {
      options.onError?.(error)
    }
  }

  return {
    schedule(state) {
      pending = state
      if (timer !== null) timers.clearTimeout(timer)
      timer = timers.setTimeout(flush, debounceMs)
    },
    flush,
  }
}
