import type { StoreStatus } from '../domain/storeStatus'

/** Everything the core pushes to the UI, by event name. */
export interface AppEvents {
  'store.status': StoreStatus
}
export type AppEventName = keyof AppEvents
export type AppEventEnvelope = { [K in AppEventName]: { event: K; payload: AppEvents[K] } }[AppEventName]
