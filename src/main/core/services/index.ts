import type { Store } from '../store/Store'
import { WinsService } from './winsService'
import { ImpactService } from '../impact/impactService'
import { PromoService } from '../impact/promoService'
import { InterviewService } from '../impact/interviewService'
import { ProfileService } from './profileService'
import { PeopleService } from './peopleService'
import { CheckInsService } from './checkInsService'
import { CommitmentsService } from './commitmentsService'
import { DataService } from './dataService'
import { SampleMode } from '../sample/sampleMode'
import { DraftingService } from '../drafting/draftingService'
import { DraftsService } from '../drafting/draftsService'
import { DraftingSettingsService } from '../drafting/settingsService'
import { createDefaultKinds } from '../drafting/kinds/registry'
import { historyEntries } from '../context/historyEntries'
import type { EventBus } from '../events'
import type { Logger } from '../logger'
import { MemorySecretStore, type SecretStore } from '../secrets/SecretStore'
import { LoopService } from '../loop/loopService'
import { createAgendaKind, createOffersKind } from '../loop/loopKinds'
import { IMPACT_DRAFT_KINDS } from '../impact/draftKinds'

export interface Services {
  store: Store
  wins: WinsService
  impact: ImpactService
  promo: PromoService
  interview: InterviewService
  profile: ProfileService
  people: PeopleService
  checkIns: CheckInsService
  commitments: CommitmentsService
  data: DataService
  sample: SampleMode
  drafting: DraftingService
  draftingSettings: DraftingSettingsService
  drafts: DraftsService
  loop: LoopService
}

export interface ServiceExtras {
  events: EventBus
  logger: Logger
  secrets?: SecretStore
  fetch?: typeof fetch
}

export function createServices(userStore: Store, extras: ServiceExtras): Services {
  // Every service sees the active store: the user's, or the sample folder while trying it out.
  const sample = new SampleMode(userStore)
  const store = sample.store
  const loop = new LoopService(store)
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
    kinds: IMPACT_DRAFT_KINDS.reduce(
      (registry, kind) => registry.register(kind),
      createDefaultKinds().register(createAgendaKind(loop)).register(createOffersKind(loop))
    ),
    // The prompt-facing view: everything marked private is already gone.
    entrySources: [() => historyEntries(store.data)]
  })
  return {
    store,
    wins: new WinsService(store),
    impact: new ImpactService(store),
    promo: new PromoService(store),
    interview: new InterviewService(store, {
      engine: () => draftingSettings.engine(),
      timeouts: () => ({
        firstTokenTimeoutMs: draftingSettings.settings.firstTokenTimeoutSec * 1000,
        totalTimeoutMs: draftingSettings.settings.totalTimeoutSec * 1000
      })
    }),
    profile: new ProfileService(store),
    people: new PeopleService(store),
    checkIns: new CheckInsService(store),
    commitments: new CommitmentsService(store),
    data: new DataService(store),
    sample,
    drafting,
    draftingSettings,
    drafts: new DraftsService(store),
    loop
  }
}
