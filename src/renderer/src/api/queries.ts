import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions
} from '@tanstack/react-query'
import type { AppContract } from '@shared/api/contract'
import type { RouteInput, RouteOutput } from '@shared/api/define'
import { call } from './client'
import { readsOf, STORE_COLLECTIONS, writesOf, type Collection, type MutationRoute, type QueryRoute } from '@shared/api/collections'

/**
 * The one query-key scheme: ['route', name, input]. Every cached answer is keyed by the route
 * that produced it, and refreshed by the collections that route reads (see collections.ts).
 */
export const routeKey = <R extends QueryRoute>(route: R, input: RouteInput<AppContract, R>) => ['route', route, input] as const

/** Options for useQuery/useQueries/prefetch; spread and extend them (enabled, placeholderData…). */
// Spelled out: with 90 routes the inferred type is too long for the compiler to write down.
export function routeQuery<R extends QueryRoute>(
  route: R,
  input: RouteInput<AppContract, R>
): UseQueryOptions<RouteOutput<AppContract, R>, Error, RouteOutput<AppContract, R>, readonly ['route', R, RouteInput<AppContract, R>]> {
  return queryOptions({ queryKey: routeKey(route, input), queryFn: () => call(route, input) })
}

const routeOfKey = (key: QueryKey): string | null => (key[0] === 'route' && typeof key[1] === 'string' ? key[1] : null)

/** Marks every cached answer that read one of these collections stale; the ones on screen refetch. */
export function invalidateCollections(client: QueryClient, collections: Iterable<Collection>) {
  const changed = new Set(collections)
  if (changed.size === 0) return Promise.resolve()
  return client.invalidateQueries({
    predicate: (query) => {
      const route = routeOfKey(query.queryKey)
      return route !== null && readsOf(route).some((c) => changed.has(c))
    }
  })
}

export function useRoute<R extends QueryRoute>(route: R, input: RouteInput<AppContract, R>, enabled = true) {
  return useQuery({ ...routeQuery(route, input), enabled })
}

/** Everything read from the store goes stale (an import replaced it, or another window changed it). */
export function useRefreshAll() {
  const client = useQueryClient()
  return () => invalidateCollections(client, STORE_COLLECTIONS)
}

type MutationOptions<R extends MutationRoute> = Omit<
  UseMutationOptions<RouteOutput<AppContract, R>, Error, RouteInput<AppContract, R>>,
  'mutationFn' | 'mutationKey'
>

/**
 * A write through any route. Afterwards — also after a failure, since a STORAGE error still
 * changed memory (kept, marked not saved) — every query reading what it wrote is refreshed.
 */
export function useRouteMutation<R extends MutationRoute>(route: R, options: MutationOptions<R> = {}) {
  const client = useQueryClient()
  return useMutation<RouteOutput<AppContract, R>, Error, RouteInput<AppContract, R>>({
    ...options,
    mutationKey: ['route', route],
    mutationFn: (input) => call(route, input),
    onSettled: (...args) => {
      void invalidateCollections(client, writesOf(route))
      return options.onSettled?.(...args)
    }
  })
}
