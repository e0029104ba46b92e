import type { EventBus } from '../base/events'
import type { Services } from './services'

export interface AppInfo {
  version: string
  mode: 'desktop' | 'browser'
}

/** What every handler receives: the services, the event bus, and facts about this run. */
export interface CoreDeps {
  services: Services
  events: EventBus
  info: AppInfo
}

export interface RequestContext {
  transport: 'ipc' | 'http' | 'direct'
}
