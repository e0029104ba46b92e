import type { AppEventEnvelope, AppEventName, AppEvents } from '../../../shared/api/events'

type Listener = (envelope: AppEventEnvelope) => void

/** The core's outbound events; each transport subscribes once and forwards. */
export class EventBus {
  private readonly listeners = new Set<Listener>()

  emit<K extends AppEventName>(event: K, payload: AppEvents[K]): void {
    const envelope = { event, payload } as AppEventEnvelope
    for (const listener of this.listeners) {
      try {
        listener(envelope)
      } catch {
        // A broken subscriber (closed window, dropped SSE client) must not break the core.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
