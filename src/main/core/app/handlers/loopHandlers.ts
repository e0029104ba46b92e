import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { loopRoutes } from '../../../../shared/api/routes/loop'
import type { CoreDeps, RequestContext } from '../deps'

type LoopHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof loopRoutes>

export const loopHandlers = ({ services: { loop } }: CoreDeps): LoopHandlers => ({
  'loop.prepare': ({ personId, options }) => loop.prepare(personId, options),
  'loop.calendar': ({ personId }) => loop.calendar(personId),
  'loop.backfillQuarter': (quarter) => loop.backfillQuarter(quarter)
})
