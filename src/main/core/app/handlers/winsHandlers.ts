import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { winsRoutes } from '../../../../shared/api/routes/wins'
import type { CoreDeps, RequestContext } from '../deps'

type WinsHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof winsRoutes>

export const winsHandlers = ({ services: { wins } }: CoreDeps): WinsHandlers => ({
  'wins.list': (input) => wins.list(input),
  'wins.page': ({ offset, limit, ...filter }) => wins.page(filter, offset, limit),
  'wins.get': ({ id }) => wins.get(id),
  'wins.create': (input) => wins.create(input),
  'wins.update': ({ id, win }) => wins.update(id, win),
  'wins.delete': ({ id }) => wins.delete(id),
  'wins.restore': ({ win }) => wins.restore(win),
  'wins.tags': () => wins.tags()
})
