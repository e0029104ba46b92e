import { contract } from '../../shared/api/contract'
import { createDispatcher } from './dispatch'
import { EventBus } from './events'
import { createHandlers } from './handlers'
import type { AppInfo, RequestContext } from './context'
import { createServices } from './services'
import { acquireFolderLock } from './store/lock'
import { Store } from './store/Store'
import { createLogger, type Logger } from './logger'
import type { SecretStore } from './secrets/SecretStore'

export interface CoreOptions extends AppInfo {
  dataDir: string
  /** Browser mode takes a lock file; Electron relies on its single-instance lock too. */
  lockFolder?: boolean
  logger?: Logger
  /** Where API keys live (safeStorage in Electron, env/session in browser mode). */
  secrets?: SecretStore
}

export type Core = Awaited<ReturnType<typeof createCore>>

/** The whole application behind one dispatch function; transports only carry bytes. */
export async function createCore(options: CoreOptions) {
  const logger = options.logger ?? createLogger(options.dataDir)
  const release = options.lockFolder === false ? async () => undefined : await acquireFolderLock(options.dataDir, options.mode)
  let store: Store
  try {
    store = await Store.open({ dataDir: options.dataDir })
  } catch (error) {
    await release()
    throw error
  }
  const events = new EventBus()
  store.setStatusListener((status) => events.emit('store.status', status))
  const services = createServices(store, { events, logger, secrets: options.secrets })
  const dispatcher = createDispatcher(contract, createHandlers({ services, events, info: options }), logger)
  const recovery = store.getStatus().recovery
  if (recovery) logger.warn('store recovered', { reason: recovery.reason, restored: recovery.restoredFrom !== null })

  return {
    store,
    services,
    events,
    dispatch: (route: string, input: unknown, ctx: RequestContext = { transport: 'direct' }) => dispatcher(route, input, ctx),
    async close() {
      services.drafting.stopAll()
      await store.flush()
      await release()
    }
  }
}
