import { appRoutes } from './routes/app'
import { winsRoutes } from './routes/wins'
import { impactRoutes } from './routes/impact'
import { promoRoutes } from './routes/promo'
import { interviewRoutes } from './routes/interview'
import { profileRoutes } from './routes/profile'
import { goalsRoutes } from './routes/goals'
import { peopleRoutes } from './routes/people'
import { checkInsRoutes } from './routes/checkIns'
import { commitmentsRoutes } from './routes/commitments'
import { dashboardRoutes } from './routes/dashboard'
import { contextRoutes } from './routes/context'
import { dataRoutes } from './routes/data'
import { sampleRoutes } from './routes/sample'
import { settingsRoutes } from './routes/settings'
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
  ...goalsRoutes,
  ...peopleRoutes,
  ...checkInsRoutes,
  ...commitmentsRoutes,
  ...dashboardRoutes,
  ...contextRoutes,
  ...dataRoutes,
  ...sampleRoutes,
  ...settingsRoutes,
  ...draftingRoutes,
  ...loopRoutes,
  ...searchRoutes
}

export type AppContract = typeof contract
export type AppRoute = keyof AppContract & string
