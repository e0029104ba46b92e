import { useSyncExternalStore } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../../api/client'

export const impactKeys = {
  // Under 'wins' so any change to a win (edit, delete, rewrite) refreshes the badges.
  strengths: ['wins', 'impactStrengths'] as const,
  rewrite: (winId: string) => ['impact', 'rewrite', winId] as const,
  history: (winId: string) => ['impact', 'history', winId] as const
}

// Which win's rewrite panel is open. A tiny module store, so a menu item on any win card
// can open the one panel the Wins page mounts without threading props through the list.
let openWinId: string | null = null
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((l) => l())
export const openImpactRewrite = (winId: string) => {
  openWinId = winId
  emit()
}
export const closeImpactRewrite = () => {
  openWinId = null
  emit()
}
export const useOpenRewrite = () =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => openWinId
  )

export function useImpactStrengths() {
  return useQuery({ queryKey: impactKeys.strengths, queryFn: () => call('impact.strengths', {}) })
}

export function useImpactRewrite(winId: string | null) {
  return useQuery({
    queryKey: impactKeys.rewrite(winId ?? ''),
    queryFn: () => call('impact.rewrite', { winId: winId! }),
    enabled: Boolean(winId)
  })
}

export function useImpactHistory(winId: string | null) {
  return useQuery({
    queryKey: impactKeys.history(winId ?? ''),
    queryFn: () => call('impact.history', { winId: winId! }),
    enabled: Boolean(winId)
  })
}

function useInvalidate() {
  const client = useQueryClient()
  return () => {
    void client.invalidateQueries({ queryKey: ['impact'] })
    void client.invalidateQueries({ queryKey: ['wins'] })
  }
}

export function useApplyRewrite() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: { winId: string; text: string; form: 'xyz' | 'star' | 'edited' }) => call('impact.apply', input),
    onSettled: invalidate
  })
}

export function useRevertRewrite() {
  const invalidate = useInvalidate()
  return useMutation({ mutationFn: (versionId: string) => call('impact.revert', { versionId }), onSettled: invalidate })
}
