import type { AppContract } from '../../../shared/api/contract'
import type { Handlers } from '../../../shared/api/define'
import type { CoreDeps, RequestContext } from '../context'
import { appHandlers } from './appHandlers'
import { winsHandlers } from './winsHandlers'
import { impactHandlers } from './impactHandlers'

/** Typed against the whole contract: a route with no handler here is a compile error. */
export const createHandlers = (deps: CoreDeps): Handlers<AppContract, RequestContext> => ({
  ...appHandlers(deps),
  ...winsHandlers(deps),
  ...impactHandlers(deps)
})
