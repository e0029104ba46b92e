import type { Store } from '../store/Store'
import { WinsService } from './winsService'
import { ImpactService } from '../impact/impactService'
import { PromoService } from '../impact/promoService'
import { InterviewService } from '../impact/interviewService'

export interface Services {
  store: Store
  wins: WinsService
  impact: ImpactService
  promo: PromoService
  interview: InterviewService
}

export function createServices(store: Store): Services {
  return {
    store,
    wins: new WinsService(store),
    impact: new ImpactService(store),
    promo: new PromoService(store),
    interview: new InterviewService(store)
  }
}
