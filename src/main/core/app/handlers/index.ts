import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { CoreDeps, RequestContext } from '../deps'
import { appHandlers } from './appHandlers'
import { winsHandlers } from './winsHandlers'
import { impactHandlers } from './impactHandlers'
import { profileHandlers } from './profileHandlers'
import { peopleHandlers } from './peopleHandlers'
import { checkInsHandlers } from './checkInsHandlers'
import { commitmentsHandlers } from './commitmentsHandlers'
import { historyHandlers } from './historyHandlers'
import { draftingHandlers } from './draftingHandlers'
import { loopHandlers } from './loopHandlers'
import { searchHandlers } from './searchHandlers'

/** Typed against the whole contract: a route with no handler here is a compile error. */
export const createHandlers = (deps: CoreDeps): Handlers<AppContract, RequestContext> => ({
  ...appHandlers(deps),
  ...winsHandlers(deps),
  ...impactHandlers(deps),
  ...profileHandlers(deps),
  ...peopleHandlers(deps),
  ...checkInsHandlers(deps),
  ...commitmentsHandlers(deps),
  ...historyHandlers(deps),
  ...draftingHandlers(deps),
  ...loopHandlers(deps),
  ...searchHandlers(deps)
})
