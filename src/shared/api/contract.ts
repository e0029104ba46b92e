import { appRoutes } from './routes/app'
import { winsRoutes } from './routes/wins'
import { impactRoutes } from './routes/impact'
import { promoRoutes } from './routes/promo'
import { interviewRoutes } from './routes/interview'
import { profileRoutes } from './routes/profile'
import { peopleRoutes } from './routes/people'
import { checkInsRoutes } from './routes/checkIns'
import { commitmentsRoutes } from './routes/commitments'
import { historyRoutes } from './routes/history'
import { draftingRoutes } from './routes/drafting'
import { loopRoutes } from './routes/loop'
import { searchRoutes } from './routes/search'

// Every route the core answers, in one table. Add a domain by spreading its routes here.
export const contract = {
  ...appRoutes,
  ...winsRoutes,
  ...impactRoutes,
  ...promoRoutes,
  ...interviewRoutes,
  ...profileRoutes,
  ...peopleRoutes,
  ...checkInsRoutes,
  ...commitmentsRoutes,
  ...historyRoutes,
  ...draftingRoutes,
  ...loopRoutes,
  ...searchRoutes
}

export type AppContract = typeof contract
export type AppRoute = keyof AppContract & string
