import { z } from 'zod'

/**
 * Every failed call answers with this shape, so the renderer can show a
 * precise message and, for forms, point at the fields that are wrong.
 */
export const IpcErrorCode = z.enum([
  'invalid_input', // the payload did not match the contract
  'forbidden', // the sender is not the app's own main frame
  'unknown_channel', // not a contract channel
  'not_found',
  'conflict',
  'storage_unavailable', // the database is quarantined or not open
  'storage_failed', // a write failed (disk full, read-only, ...)
  'internal',
  'unsupported', // this shell cannot do it (e.g. Save as PDF in the browser preview)
])
export type IpcErrorCode = z.infer<typeof IpcErrorCode>

export const IpcIssue = z.object({
  /** Dotted path into the input, e.g. `night.start`; empty for the whole input. */
  path: z.string(),
  message: z.string(),
})
export type IpcIssue = z.infer<typeof IpcIssue>

export const IpcErrorPayload = z.object({
  code: IpcErrorCode,
  message: z.string(),
  issues: z.array(IpcIssue),
})
export type IpcErrorPayload = z.infer<typeof IpcErrorPayload>

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload }

/** Turns zod issues into the flat, serialisable form the renderer shows. */
export function toIpcIssues(error: z.ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}
