import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { checkInsRoutes } from '../../../../shared/api/routes/checkIns'
import type { CoreDeps, RequestContext } from '../deps'

type CheckInsHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof checkInsRoutes>

export const checkInsHandlers = ({ services: { checkIns } }: CoreDeps): CheckInsHandlers => ({
  'checkIns.list': (input) => checkIns.list(input),
  'checkIns.page': (input) => checkIns.page(input),
  'checkIns.get': ({ id }) => checkIns.get(id),
  'checkIns.create': ({ checkIn, commitment }) => checkIns.create(checkIn, commitment),
  'checkIns.update': ({ id, checkIn }) => checkIns.update(id, checkIn),
  'checkIns.delete': ({ id }) => checkIns.delete(id)
})
