import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AppContract, AppRoute } from '@shared/api/contract'
import type { RouteInput, RouteOutput } from '@shared/api/define'
import { call } from './client'

/**
 * Queries over the loop history (profile, people, check-ins, commitments, dashboard) keyed by
 * route name. The core is local and writes are rare, so every change simply refreshes all of
 * them: a check-in changes a person, a commitment, the dashboard and the timeline at once.
 */
export function useRoute<R extends AppRoute>(route: R, input: RouteInput<AppContract, R>, enabled = true) {
  // Refetched on every mount: a win saved in the Wins section changes commitments and the
  // timeline here, and the wins feature only refreshes its own queries.
  return useQuery({ queryKey: [route, input], queryFn: () => call(route, input), enabled, staleTime: 0 })
}

export function useRefreshAll() {
  const client = useQueryClient()
  return () => client.invalidateQueries()
}

/** A mutation into any route that refreshes everything afterwards (even after STORAGE: memory changed). */
export function useRouteMutation<R extends AppRoute>(route: R) {
  const refresh = useRefreshAll()
  return useMutation<RouteOutput<AppContract, R>, Error, RouteInput<AppContract, R>>({
    mutationFn: (input) => call(route, input),
    onSettled: () => void refresh()
  })
}

/** Local calendar day, YYYY-MM-DD. */
export const todayLocal = () => new Date().toLocaleDateString('en-CA')

// One formatter each, made once: `toLocaleDateString`/`toLocaleString` build a new Intl
// formatter on every call, which made each win card cost milliseconds while scrolling.
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
const numberFormat = new Intl.NumberFormat()

export const formatDay = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00`))

/** The same as `n.toLocaleString()`, without a new formatter per call. */
export const formatNumber = (n: number) => numberFormat.format(n)

/** Download text as a file: a Blob and a temporary <a download>, no server round trip. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
