import type { StoreStatus } from '../domain/storeStatus'
import type { DraftDeltaEvent, DraftDoneEvent } from '../domain/draftRun'

/** Everything the core pushes to the UI, by event name. */
export interface AppEvents {
  'store.status': StoreStatus
  'draft.delta': DraftDeltaEvent
  'draft.done': DraftDoneEvent
}
export type AppEventName = keyof AppEvents
export type AppEventEnvelope = { [K in AppEventName]: { event: K; payload: AppEvents[K] } }[AppEventName]
