import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Win, WinInput } from '@shared/domain/win'
import { call } from '../../../api/client'

export const winsKeys = {
  all: ['wins'] as const,
  list: (f: object) => ['wins', 'list', f] as const,
  page: (f: object, page: number) => ['wins', 'page', f, page] as const,
  tags: ['wins', 'tags'] as const
}

export type WinsFilter = { query?: string; tag?: string }

/** Wins per request of the virtualized list: a few screens' worth, about 70 KB of JSON. */
export const WINS_PAGE_SIZE = 100

const fetchPage = (filter: WinsFilter, page: number) =>
  call('wins.page', { ...filter, offset: page * WINS_PAGE_SIZE, limit: WINS_PAGE_SIZE })

/**
 * The first page: the total that matches and what the list shows first. The previous filter's
 * page stays on screen while the next one loads, so typing never flashes an empty list.
 */
export function useWinsFirstPage(filter: WinsFilter) {
  return useQuery({ queryKey: winsKeys.page(filter, 0), queryFn: () => fetchPage(filter, 0), placeholderData: keepPreviousData })
}

/**
 * The pages under the visible rows. At 10,000 wins the whole list was 7 MB of JSON to fetch,
 * parse and compare on every search; a page is 100 wins, fetched when scrolled into view.
 */
export function useWinsPages(filter: WinsFilter, pages: number[]) {
  return useQueries({
    queries: pages.map((page) => ({ queryKey: winsKeys.page(filter, page), queryFn: () => fetchPage(filter, page) }))
  })
}

export function useWinTags() {
  return useQuery({ queryKey: winsKeys.tags, queryFn: () => call('wins.tags', {}) })
}

function useInvalidateWins() {
  const client = useQueryClient()
  return () => {
    void client.invalidateQueries({ queryKey: winsKeys.all })
    void client.invalidateQueries({ queryKey: ['wins.list'] })
  }
}

export function useSaveWin() {
  const invalidate = useInvalidateWins()
  return useMutation({
    mutationFn: ({ id, win }: { id?: string; win: WinInput }) => (id ? call('wins.update', { id, win }) : call('wins.create', win)),
    // A STORAGE failure still changed memory (kept, marked unsaved), so refresh either way.
    onSettled: invalidate
  })
}

export function useDeleteWin() {
  const invalidate = useInvalidateWins()
  return useMutation({ mutationFn: (id: string) => call('wins.delete', { id }), onSettled: invalidate })
}

export function useRestoreWin() {
  const invalidate = useInvalidateWins()
  return useMutation({ mutationFn: (win: Win) => call('wins.restore', { win }), onSettled: invalidate })
}
