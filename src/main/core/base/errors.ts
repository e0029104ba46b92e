import type { ErrorCode } from '../../../shared/api/result'

/** Thrown inside the core, turned into `{ ok: false, error }` by dispatch. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `No ${what} with id ${id}.`)
