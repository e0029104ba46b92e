import { z } from 'zod'
import { storeStatusSchema, type StoreStatus } from '../domain/storeStatus'
import { draftRunResultSchema, type DraftDeltaEvent, type DraftDoneEvent } from '../domain/draftRun'

/** Everything the core pushes to the UI, by event name. */
export interface AppEvents {
  'store.status': StoreStatus
  'draft.delta': DraftDeltaEvent
  'draft.done': DraftDoneEvent
}
export type AppEventName = keyof AppEvents
export type AppEventEnvelope = { [K in AppEventName]: { event: K; payload: AppEvents[K] } }[AppEventName]

/** Each event's payload as a schema, typed against AppEvents so the two cannot drift; docs/api.md lists them. */
export const appEvents: { [K in AppEventName]: { summary: string; payload: z.ZodType<AppEvents[K]> } } = {
  'store.status': {
    summary: 'The store changed state (saved, save failed, read-only, recovered); the same shape as `app.status`.',
    payload: storeStatusSchema
  },
  'draft.delta': {
    summary: 'One streamed piece of a draft run; `seq` starts at 1 so a client can spot a gap.',
    payload: z.object({ runId: z.string(), seq: z.number().int().min(1), text: z.string() })
  },
  'draft.done': {
    summary: 'A draft run ended (complete, failed, cancelled, …) with its final text, sources and number checks.',
    payload: draftRunResultSchema
  }
}
