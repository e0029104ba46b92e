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
}

export function createServices(userStore: Store): Services {
  // Every service sees the active store: the user's, or the sample folder while trying it out.
  const sample = new SampleMode(userStore)
  const store = sample.store
  return {
    store,
    wins: new WinsService(store),
    impact: new ImpactService(store),
    promo: new PromoService(store),
    interview: new InterviewService(store),
    profile: new ProfileService(store),
    people: new PeopleService(store),
    checkIns: new CheckInsService(store),
    commitments: new CommitmentsService(store),
    data: new DataService(store),
    sample
  }
}
