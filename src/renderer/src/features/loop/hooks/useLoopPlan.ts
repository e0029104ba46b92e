import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { LoopOptions } from '@shared/domain/loop'
import { routeQuery } from '../../../api/queries'

/** The built-in plan for the next conversation: agenda Markdown, offers, cadence and check-in prefill. */
export function useLoopPlan(personId: string | null, options: LoopOptions) {
  return useQuery({
    ...routeQuery('loop.prepare', { personId: personId ?? '', options }),
    enabled: Boolean(personId),
    // While options change, keep showing the last plan instead of flashing empty.
    placeholderData: keepPreviousData
  })
}
