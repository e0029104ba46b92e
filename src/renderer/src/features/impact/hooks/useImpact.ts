import { useSyncExternalStore } from 'react'
import { useQuery } from '@tanstack/react-query'
import { routeQuery, useRouteMutation } from '../../../api/queries'

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
  return useQuery(routeQuery('impact.strengths', {}))
}

export function useImpactRewrite(winId: string | null) {
  return useQuery({ ...routeQuery('impact.rewrite', { winId: winId ?? '' }), enabled: Boolean(winId) })
}

export function useImpactHistory(winId: string | null) {
  return useQuery({ ...routeQuery('impact.history', { winId: winId ?? '' }), enabled: Boolean(winId) })
}

export const useApplyRewrite = () => useRouteMutation('impact.apply')

export const useRevertRewrite = () => useRouteMutation('impact.revert')
