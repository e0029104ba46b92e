import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { searchRoutes } from '../../../../shared/api/routes/search'
import type { CoreDeps, RequestContext } from '../deps'
import { searchHistory } from '../../features/search/historySearch'

type SearchHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof searchRoutes>

export const searchHandlers = ({ services: { store } }: CoreDeps): SearchHandlers => ({
  'search.history': ({ query, limit }) => searchHistory(store.data, query, limit)
})
