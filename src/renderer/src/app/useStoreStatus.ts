import { useEffect } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { StoreStatus } from '@shared/domain/storeStatus'
import { call, onEvent } from '../api/client'

const KEY = ['app.status']

/** Saved / not saved / read-only / recovered, kept live by the core's store.status event. */
export function useStoreStatus() {
  const client = useQueryClient()
  const query = useQuery({ queryKey: KEY, queryFn: () => call('app.status', {}) })
  useEffect(() => onEvent('store.status', (status) => client.setQueryData<StoreStatus>(KEY, status)), [client])
  const retry = useMutation({
    mutationFn: () => call('app.retrySave', {}),
    onSettled: () => client.invalidateQueries({ queryKey: KEY })
  })
  const dismissRecovery = useMutation({
    mutationFn: () => call('app.dismissRecovery', {}),
    onSuccess: (status) => client.setQueryData(KEY, status)
  })
  return { status: query.data, retry, dismissRecovery }
}
