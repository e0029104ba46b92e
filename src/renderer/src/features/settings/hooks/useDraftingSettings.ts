import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { AppContract } from '@shared/api/contract'
import type { RouteOutput } from '@shared/api/define'
import { routeKey, routeQuery, useRouteMutation } from '../../../api/queries'

const SETTINGS_KEY = routeKey('settings.get', {})

export function useDraftingSettings() {
  return useQuery(routeQuery('settings.get', {}))
}

/** Every settings mutation answers with the fresh view; put it straight into the cache. */
function usePutView() {
  const client = useQueryClient()
  return (view: RouteOutput<AppContract, 'settings.get'>) => client.setQueryData(SETTINGS_KEY, view)
}

export const useUpdateSettings = () => useRouteMutation('settings.update', { onSuccess: usePutView() })
export const useSetKey = () => useRouteMutation('settings.setKey', { onSuccess: usePutView() })
export const useClearKey = () => useRouteMutation('settings.clearKey', { onSuccess: usePutView() })

export const useTestConnection = () => useRouteMutation('settings.testConnection')
