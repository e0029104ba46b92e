import { appRoutes } from './routes/app'
import { winsRoutes } from './routes/wins'
import { draftingRoutes } from './routes/drafting'

// Every route the core answers, in one table. Add a domain by spreading its routes here.
export const contract = {
  ...appRoutes,
  ...winsRoutes,
  ...draftingRoutes
}

export type AppContract = typeof contract
export type AppRoute = keyof AppContract & string
