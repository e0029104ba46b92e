import type { Store } from '../store/Store'
import { WinsService } from './winsService'
import { DraftingService } from '../drafting/draftingService'
import { DraftsService } from '../drafting/draftsService'
import { DraftingSettingsService } from '../drafting/settingsService'
import { createDefaultKinds } from '../drafting/kinds/registry'
import { winEntries } from '../context/winEntries'
import type { EventBus } from '../events'
import type { Logger } from '../logger'
import { MemorySecretStore, type SecretStore } from '../secrets/SecretStore'

export interface Services {
  store: Store
  wins: WinsService
  drafting: DraftingService
  draftingSettings: DraftingSettingsService
  drafts: DraftsService
}

export interface ServiceExtras {
  events: EventBus
  logger: Logger
  secrets?: SecretStore
  fetch?: typeof fetch
}

export function createServices(store: Store, extras: ServiceExtras): Services {
  const draftingSettings = new DraftingSettingsService({
    store,
    logger: extras.logger,
    secrets: extras.secrets ?? new MemorySecretStore(),
    fetch: extras.fetch
  })
  const drafting = new DraftingService({
    settings: draftingSettings,
    events: extras.events,
    logger: extras.logger,
    kinds: createDefaultKinds(),
    // Each domain adds its prompt-safe entries here (people, check-ins… in historyEntries.ts).
    entrySources: [() => winEntries(store.data.wins)]
  })
  return { store, wins: new WinsService(store), drafting, draftingSettings, drafts: new DraftsService(store) }
}
