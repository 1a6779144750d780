import type { IpcErrorCode, IpcIssue } from '../../shared/contract/errors'

/**
 * An error a service expects and the user can act on. `handle()` passes its
 * code and message to the renderer; any other error becomes `internal`.
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly issues: IpcIssue[] = [],
  ) {
    super(message)
    this.name = 'AppError'
  }
}
