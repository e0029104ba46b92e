import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Win, WinInput } from '@shared/domain/win'
import { call } from '../../../api/client'

export const winsKeys = { all: ['wins'] as const, list: (f: object) => ['wins', 'list', f] as const, tags: ['wins', 'tags'] as const }

export function useWinsList(filter: { query?: string; tag?: string }) {
  return useQuery({
    queryKey: winsKeys.list(filter),
    queryFn: () => call('wins.list', filter),
    placeholderData: keepPreviousData
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
