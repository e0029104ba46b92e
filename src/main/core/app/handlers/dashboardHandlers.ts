import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { dashboardRoutes } from '../../../../shared/api/routes/dashboard'
import type { contextRoutes } from '../../../../shared/api/routes/context'
import type { CoreDeps, RequestContext } from '../deps'

type DashboardHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof dashboardRoutes | keyof typeof contextRoutes>

/** The quarter timeline and the prompt-facing view of your history: read-only views over everything. */
export const dashboardHandlers = ({ services: { views } }: CoreDeps): DashboardHandlers => ({
  'dashboard.timeline': (input) => views.timeline(input),
  'context.entries': () => views.contextEntries()
})
