import { useEffect } from 'react'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { StoreStatus } from '@shared/domain/storeStatus'
import { onEvent } from '../api/client'
import { STORE_COLLECTIONS } from '@shared/api/collections'
import { invalidateCollections, routeKey, useRoute, useRouteMutation } from '../api/queries'

const STATUS_KEY = routeKey('app.status', {})

/**
 * Keeps the cache in step with the core's store.status events. The status itself goes straight
 * into the cache. A save this window did not make (another browser tab on the same data, say)
 * marks everything read from the store stale: nothing else tells this window its data changed.
 * A save is ours when one of our writes was in flight, or it happened before our last write
 * settled (the event can arrive after the answer). Both clocks are this machine's.
 */
export function watchStoreStatus(
  client: QueryClient,
  subscribe: (callback: (status: StoreStatus) => void) => () => void = (cb) => onEvent('store.status', cb),
  now: () => number = Date.now
): () => void {
  let lastOwnSettle = 0
  let lastSeenSave = 0
  const offMutations = client.getMutationCache().subscribe((event) => {
    const status = event.mutation?.state.status
    if (event.type === 'updated' && (status === 'success' || status === 'error')) lastOwnSettle = now()
  })
  const offStatus = subscribe((status) => {
    client.setQueryData<StoreStatus>(STATUS_KEY, status)
    const savedAt = status.lastSavedAt ? Date.parse(status.lastSavedAt) : 0
    const foreign = savedAt > lastSeenSave && savedAt > lastOwnSettle && client.isMutating() === 0
    lastSeenSave = Math.max(lastSeenSave, savedAt)
    if (foreign) void invalidateCollections(client, STORE_COLLECTIONS)
  })
  return () => {
    offMutations()
    offStatus()
  }
}

/** Mounted once, at the top of the app. */
export function useStoreStatusSync() {
  const client = useQueryClient()
  useEffect(() => watchStoreStatus(client), [client])
}

/** Saved / not saved / read-only / recovered, kept live by the core's store.status event. */
export function useStoreStatus() {
  const client = useQueryClient()
  const query = useRoute('app.status', {})
  const retry = useRouteMutation('app.retrySave')
  const dismissRecovery = useRouteMutation('app.dismissRecovery', { onSuccess: (status) => client.setQueryData(STATUS_KEY, status) })
  return { status: query.data, retry, dismissRecovery }
}
