import { contract, type AppContract, type AppRoute } from '../../../shared/api/contract'
import type { RouteOutput } from '../../../shared/api/define'
import type { Result } from '../../../shared/api/result'
import { createDispatcher } from './dispatch'
import { EventBus } from '../base/events'
import { createHandlers } from './handlers'
import type { AppInfo, RequestContext } from './deps'
import { createServices } from './services'
import { ensureDataFolder, probeWritable } from '../store/dataFolder'
import { acquireFolderLock } from '../store/lock'
import { Store, unwritableReason } from '../store/Store'
import { createLogger, type Logger } from '../base/logger'
import type { SecretStore } from '../base/secrets/SecretStore'
import { readAheadInBackground } from '../features/search/readAhead'

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
  // A new user's folder does not exist yet: create it before the log, the lock or the store.
  await ensureDataFolder(options.dataDir)
  const logger = options.logger ?? createLogger(options.dataDir)
  let release: () => Promise<void> = async () => undefined
  // A folder that cannot be written (read-only disk, no permission) cannot hold a lock, and
  // nobody can write it either: open it read-only and say why and where.
  let readOnlyReason: string | null = null
  if (options.lockFolder !== false) {
    try {
      release = await acquireFolderLock(options.dataDir, options.mode)
      await probeWritable(options.dataDir)
    } catch (error) {
      await release()
      release = async () => undefined
      readOnlyReason = unwritableReason(error, options.dataDir)
      if (readOnlyReason === null) throw error
    }
  }
  let store: Store
  try {
    store = await Store.open({ dataDir: options.dataDir, storageReadOnly: readOnlyReason })
  } catch (error) {
    await release()
    throw error
  }
  const events = new EventBus()
  const services = createServices(store, { events, logger, secrets: options.secrets })
  services.store.setStatusListener((status) => events.emit('store.status', status))
  const dispatcher = createDispatcher(contract, createHandlers({ services, events, info: options }), logger)
  // Per-win caches of the first search, strengths, interview search and draft, read in 4 ms slices (search/readAhead.ts).
  const readAhead = readAheadInBackground(services.store)
  readAhead.done.catch((error: unknown) => logger.warn('read-ahead stopped', { error: String(error) }))
  const recovery = store.getStatus().recovery
  if (recovery) logger.warn('store recovered', { reason: recovery.reason, restored: recovery.restoredFrom !== null })

  // Typed for known routes (scripts, tests); transports pass whatever string arrived.
  function dispatch<R extends AppRoute>(route: R, input: unknown, ctx?: RequestContext): Promise<Result<RouteOutput<AppContract, R>>>
  function dispatch(route: string, input: unknown, ctx?: RequestContext): Promise<Result<unknown>>
  function dispatch(route: string, input: unknown, ctx: RequestContext = { transport: 'direct' }) {
    readAhead.defer()
    return dispatcher(route, input, ctx)
  }

  return {
    store,
    services,
    events,
    dispatch,
    /** Settles when the background read-ahead has read every win (benches and tests wait for it). */
    readAhead: readAhead.done,
    async close() {
      readAhead.stop()
      services.drafting.stopAll()
      await services.sample.close()
      await store.flush()
      await release()
    }
  }
}
