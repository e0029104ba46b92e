import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AppContract } from '@shared/api/contract'
import type { RouteInput } from '@shared/api/define'
import { call } from '../../../api/client'

export const settingsKey = ['settings'] as const

export function useDraftingSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) })
}

/** Every settings mutation answers with the fresh view; put it straight into the cache. */
function useSettingsMutation<I>(fn: (input: I) => ReturnType<typeof call<'settings.get'>>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: (view) => client.setQueryData(settingsKey, view) })
}

export const useUpdateSettings = () =>
  useSettingsMutation((patch: RouteInput<AppContract, 'settings.update'>) => call('settings.update', patch))
export const useSetKey = () => useSettingsMutation((input: RouteInput<AppContract, 'settings.setKey'>) => call('settings.setKey', input))
export const useClearKey = () =>
  useSettingsMutation((input: RouteInput<AppContract, 'settings.clearKey'>) => call('settings.clearKey', input))

export function useTestConnection() {
  return useMutation({
    mutationFn: (input: RouteInput<AppContract, 'settings.testConnection'>) => call('settings.testConnection', input)
  })
}
