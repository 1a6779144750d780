import type { z } from 'zod'
import {
  toIpcIssues,
  type ContractEntry,
  type IpcErrorPayload,
  type IpcResult,
} from '../../shared/contract'
import { AppError } from '../services/errors'
import type { IpcEventLike, IpcMainLike } from './types'
import { illFormedPath } from './well-formed'

export interface HandleOptions {
  ipcMain: IpcMainLike
  /** True only for the app's own origin (app://limber, or the dev server). */
  isTrustedUrl: (url: string) => boolean
  /** Parse outputs too (tests and harness), catching contract drift early. */
  checkOutputs?: boolean
  /** Where unexpected errors are reported; the renderer only gets a generic message. */
  logError?: (channel: string, error: unknown) => void
}

export type Handle = <E extends ContractEntry>(
  entry: E,
  fn: (
    input: z.output<E['input']>,
    event: IpcEventLike,
  ) => z.input<E['output']> | Promise<z.input<E['output']>>,
) => void

/**
 * Builds `handle(entry, fn)`: registers `fn` for the entry's channel behind
 * the sender check and input validation. A rejected call never reaches `fn`
 * and answers with a typed error instead of throwing across IPC, where
 * Electron would flatten it to a string.
 */
export function createHandle(options: HandleOptions): Handle {
  return (entry, fn) => {
    options.ipcMain.handle(entry.channel, (event, ...args) =>
      dispatch(entry, fn, event, args, options),
    )
  }
}

async function dispatch<E extends ContractEntry>(
  entry: E,
  fn: (input: z.output<E['input']>, event: IpcEventLike) => unknown,
  event: IpcEventLike,
  args: unknown[],
  options: HandleOptions,
): Promise<IpcResult<z.output<E['output']>>> {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null || !options.isTrustedUrl(frame.url)) {
    return failure('forbidden', 'This request did not come from the Limber window.')
  }
  if (args.length > 1) {
    return failure('invalid_input', 'Expected a single argument.')
  }
  const parsed = entry.input.safeParse(args[0])
  if (!parsed.success) {
    const issues = toIpcIssues(parsed.error)
    const first = issues[0]
    const where = first?.path ? `${first.path}: ` : ''
    return failure(
      'invalid_input',
      `Invalid request: ${where}${first?.message ?? 'bad input'}`,
      issues,
    )
  }
  // Checked after the schema, so only shapes the contract allows are walked.
  const broken = illFormedPath(parsed.data)
  if (broken !== null) {
    const message = 'This text has a broken character in it (an unpaired surrogate)'
    return failure('invalid_input', `Invalid request: ${broken ? `${broken}: ` : ''}${message}`, [
      { path: broken, message },
    ])
  }
  try {
    const value = await fn(parsed.data as z.output<E['input']>, event)
    if (!options.checkOutputs) return { ok: true, value: value as z.output<E['output']> }
    const checked = entry.output.safeParse(value)
    if (checked.success) return { ok: true, value: checked.data as z.output<E['output']> }
    options.logError?.(entry.channel, checked.error)
    return failure('internal', 'Limber produced an answer it could not check.')
  } catch (error) {
    return fromError(entry.channel, error, options)
  }
}

function fromError(channel: string, error: unknown, options: HandleOptions): IpcResult<never> {
  if (error instanceof AppError) return failure(error.code, error.message, error.issues)
  if (isDiskError(error)) {
    options.logError?.(channel, error)
    return failure(
      'storage_failed',
      'Limber could not save to disk (it may be full or read-only). Nothing was changed.',
    )
  }
  options.logError?.(channel, error)
  return failure('internal', 'Something went wrong inside Limber. Nothing was changed.')
}

const DISK_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY|LOCKED)/

function isDiskError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && DISK_CODES.test(code)
}

export function failure(
  code: IpcErrorPayload['code'],
  message: string,
  issues: IpcErrorPayload['issues'] = [],
): IpcResult<never> {
  return { ok: false, error: { code, message, issues } }
}
