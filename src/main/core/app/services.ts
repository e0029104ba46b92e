import type { Store } from '../store/Store'
import { WinsService } from '../features/wins/winsService'
import { ImpactService } from '../features/impact/impactService'
import { PromoService } from '../features/promo/promoService'
import { InterviewService } from '../features/interview/interviewService'
import { ProfileService } from '../features/profile/profileService'
import { PeopleService } from '../features/people/peopleService'
import { CheckInsService, checkInWrites } from '../features/checkins/checkInsService'
import { CommitmentsService } from '../features/commitments/commitmentsService'
import { DataTransferService } from '../features/data/dataTransferService'
import { BragImportService } from '../features/data/bragImportService'
import { HistoryViews } from '../features/data/historyViews'
import { SampleMode } from '../features/sample/sampleMode'
import { DraftingService } from '../features/drafting/draftingService'
import { DraftsService } from '../features/drafting/draftsService'
import { DraftingSettingsService } from '../features/drafting/settingsService'
import { createDefaultKinds } from '../features/drafting/kinds/registry'
import { promptSafeView } from '../features/drafting/context/promptSafeView'
import type { EventBus } from '../base/events'
import type { Logger } from '../base/logger'
import { MemorySecretStore, type SecretStore } from '../base/secrets/SecretStore'
import { LoopService } from '../features/loop/loopService'
import { createAgendaKind, createOffersKind } from '../features/loop/loopKinds'
import { impactStatementKind } from '../features/impact/impactKind'
import { interviewAnswerKind } from '../features/interview/interviewKind'
import { promoPacketKind } from '../features/promo/packetKind'

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
  data: DataTransferService
  brag: BragImportService
  views: HistoryViews
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
    kinds: createDefaultKinds()
      .register(createAgendaKind(loop))
      .register(createOffersKind(loop))
      .register(impactStatementKind)
      .register(interviewAnswerKind)
      .register(promoPacketKind),
    // The prompt-facing view: everything marked private is already gone.
    view: () => promptSafeView(store.data)
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
    people: new PeopleService(store, undefined, checkInWrites),
    checkIns: new CheckInsService(store),
    commitments: new CommitmentsService(store),
    data: new DataTransferService(store),
    brag: new BragImportService(store),
    views: new HistoryViews(store),
    sample,
    drafting,
    draftingSettings,
    drafts: new DraftsService(store),
    loop
  }
}
