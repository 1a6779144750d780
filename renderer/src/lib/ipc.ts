import type {
  Channel,
  EventName,
  EventPayload,
  InputOf,
  IpcErrorCode,
  IpcIssue,
  IpcResult,
  LimberBridge,
  OutputOf,
} from '@shared/contract'

// Type-only imports: the renderer trusts main's answers (main checks them
// against the contract in tests), so this client adds no zod. (Forms that
// validate as the user types, like the routine editor, do ship it.)

declare global {
  interface Window {
    /** Provided by the preload (Electron) or by the browser harness. */
    limber: LimberBridge
  }
}

/** A failed IPC call, carrying main's typed error so forms can point at fields. */
export class IpcError extends Error {
  override readonly name = 'IpcError'
  readonly code: IpcErrorCode
  readonly issues: readonly IpcIssue[]

  constructor(code: IpcErrorCode, message: string, issues: readonly IpcIssue[] = []) {
    super(message)
    this.code = code
    this.issues = issues
  }
}

export function isIpcError(error: unknown): error is IpcError {
  return error instanceof IpcError
}

/** True when the page runs where a bridge exists (the app or the harness). */
export function hasBridge(): boolean {
  const candidate = (window as Partial<Pick<Window, 'limber'>>).limber
  return typeof candidate?.invoke === 'function' && typeof candidate.on === 'function'
}

/** Calls without input may omit it; calls with input must pass it. */
type InputArgs<C extends Channel> =
  undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]

/**
 * Calls main and unwraps the answer: resolves with the value or throws an
 * IpcError. A transport failure becomes an `internal` IpcError too, so
 * callers handle exactly one error type.
 */
export async function invoke<C extends Channel>(
  channel: C,
  ...[input]: InputArgs<C>
): Promise<OutputOf<C>> {
  return unwrap(window.limber.invoke(channel, input))
}

/**
 * Imports dropped or picked files by their paths on disk (Electron), so
 * main streams them; null where only their bytes can go (the browser
 * preview, or a file the page made), and `workouts:import` is the way.
 */
export function importFilesByPath(
  files: readonly File[],
): Promise<OutputOf<'workouts:import-paths'>> | null {
  const started = window.limber.importFiles?.(files)
  return started ? unwrap(started) : null
}

async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>
  try {
    result = await call
  } catch {
    throw new IpcError(
      'internal',
      'Limber could not reach its background process. Nothing was changed.',
    )
  }
  if (!isResult<T>(result)) {
    throw new IpcError('internal', 'Limber received an answer it did not understand.')
  }
  if (result.ok) return result.value
  const { code, message, issues } = result.error
  throw new IpcError(code, message, Array.isArray(issues) ? issues : [])
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
export function onEvent<N extends EventName>(
  name: N,
  listener: (payload: EventPayload<N>) => void,
): () => void {
  return window.limber.on(name, listener)
}

function isResult<T>(value: unknown): value is IpcResult<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'value' in value
  return 'error' in value && typeof value.error === 'object' && value.error !== null
}

/**
 * Maps an error's issues to `{ field: message }` by the first segment of each
 * path (`waterTargetMl`, `nightStart`, ...). Issues about the whole input
 * (empty path) land under `''` so a form can show them above its fields.
 */
export function fieldErrorsFrom(error: unknown): Record<string, string> {
  if (!isIpcError(error)) return {}
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? ''
    out[field] ??= issue.message
  }
  return out
}
