import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { LoopOptions } from '@shared/domain/loop'
import { call } from '../../../api/client'

/** The built-in plan for the next conversation: agenda Markdown, offers, cadence and check-in prefill. */
export function useLoopPlan(personId: string | null, options: LoopOptions) {
  return useQuery({
    queryKey: ['loop.prepare', personId, options],
    queryFn: () => call('loop.prepare', { personId: personId!, options }),
    enabled: Boolean(personId),
    // While options change, keep showing the last plan instead of flashing empty.
    placeholderData: keepPreviousData
  })
}
