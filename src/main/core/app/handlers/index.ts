import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { CoreDeps, RequestContext } from '../deps'
import { appHandlers } from './appHandlers'
import { winsHandlers } from './winsHandlers'
import { impactHandlers } from './impactHandlers'
import { promoHandlers } from './promoHandlers'
import { interviewHandlers } from './interviewHandlers'
import { profileHandlers } from './profileHandlers'
import { goalsHandlers } from './goalsHandlers'
import { peopleHandlers } from './peopleHandlers'
import { checkInsHandlers } from './checkInsHandlers'
import { commitmentsHandlers } from './commitmentsHandlers'
import { dashboardHandlers } from './dashboardHandlers'
import { dataHandlers } from './dataHandlers'
import { sampleHandlers } from './sampleHandlers'
import { settingsHandlers } from './settingsHandlers'
import { draftingHandlers } from './draftingHandlers'
import { loopHandlers } from './loopHandlers'
import { searchHandlers } from './searchHandlers'

/** Typed against the whole contract: a route with no handler here is a compile error. */
export const createHandlers = (deps: CoreDeps): Handlers<AppContract, RequestContext> => ({
  ...appHandlers(deps),
  ...winsHandlers(deps),
  ...impactHandlers(deps),
  ...promoHandlers(deps),
  ...interviewHandlers(deps),
  ...profileHandlers(deps),
  ...goalsHandlers(deps),
  ...peopleHandlers(deps),
  ...checkInsHandlers(deps),
  ...commitmentsHandlers(deps),
  ...dashboardHandlers(deps),
  ...dataHandlers(deps),
  ...sampleHandlers(deps),
  ...settingsHandlers(deps),
  ...draftingHandlers(deps),
  ...loopHandlers(deps),
  ...searchHandlers(deps)
})
