import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import type { WinInput } from '@shared/domain/win'
import { routeQuery, useRouteMutation } from '../../../api/queries'

export type WinsFilter = { query?: string; tag?: string }

/** Wins per request of the virtualized list: a few screens' worth, about 70 KB of JSON. */
export const WINS_PAGE_SIZE = 100

const pageQuery = (filter: WinsFilter, page: number) =>
  routeQuery('wins.page', { ...filter, offset: page * WINS_PAGE_SIZE, limit: WINS_PAGE_SIZE })

/**
 * The first page: the total that matches and what the list shows first. The previous filter's
 * page stays on screen while the next one loads, so typing never flashes an empty list.
 */
export function useWinsFirstPage(filter: WinsFilter) {
  return useQuery({ ...pageQuery(filter, 0), placeholderData: keepPreviousData })
}

/**
 * The pages under the visible rows. At 10,000 wins the whole list was 7 MB of JSON to fetch,
 * parse and compare on every search; a page is 100 wins, fetched when scrolled into view.
 */
export function useWinsPages(filter: WinsFilter, pages: number[]) {
  return useQueries({ queries: pages.map((page) => pageQuery(filter, page)) })
}

export function useWinTags() {
  return useQuery(routeQuery('wins.tags', {}))
}

/** Create or update; the route's writes (wins) refresh every screen that reads wins. */
export function useSaveWin() {
  const create = useRouteMutation('wins.create')
  const update = useRouteMutation('wins.update')
  return {
    mutateAsync: ({ id, win }: { id?: string; win: WinInput }) => (id ? update.mutateAsync({ id, win }) : create.mutateAsync(win)),
    isPending: create.isPending || update.isPending
  }
}

export function useDeleteWin() {
  return useRouteMutation('wins.delete')
}

export function useRestoreWin() {
  return useRouteMutation('wins.restore')
}
