import type { AppContract, AppRoute } from '@shared/api/contract'
import type { RouteInput, RouteOutput } from '@shared/api/define'
import type { ApiErrorBody, ErrorCode } from '@shared/api/result'
import type { AppEvents, AppEventName } from '@shared/api/events'
import { createTransport, type Transport } from './transport'

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details?: unknown
  constructor(body: ApiErrorBody) {
    super(body.message)
    this.code = body.code
    this.details = body.details
  }

  /** Field path -> message, for showing validation errors next to inputs. */
  get fieldErrors(): Record<string, string> {
    const fields = (this.details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? []
    return Object.fromEntries(fields.map((f) => [f.path, f.message]))
  }
}

let transport: Transport | null = null
const getTransport = () => (transport ??= createTransport())

/** Typed call into the core; resolves with the output or throws ApiError. */
export async function call<R extends AppRoute>(route: R, input: RouteInput<AppContract, R>): Promise<RouteOutput<AppContract, R>> {
  const result = await getTransport().invoke(route, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.data as RouteOutput<AppContract, R>
}

export function onEvent<K extends AppEventName>(event: K, callback: (payload: AppEvents[K]) => void): () => void {
  return getTransport().on(event, callback as (payload: unknown) => void)
}
