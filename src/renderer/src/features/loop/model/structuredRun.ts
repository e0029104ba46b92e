import type { DraftDoneEvent } from '@shared/domain/draftRun'
import { agendaOutputSchema, offersFromOutput, offersOutputSchema, prefillFromAgenda } from '@shared/domain/draftOutputs'
import type { CheckInPrefill, Offer } from '@shared/domain/loop'

/**
 * What a finished agenda or offers run feeds into the screen. Built-in and LLM runs both carry
 * a typed output (`structured`); a run without one (a reply that did not validate) leaves the
 * built-in plan's lists and prefill in place.
 */
export function prefillFromRun(result: DraftDoneEvent | null, plan: CheckInPrefill): CheckInPrefill {
  if (result?.kind !== 'agenda' || result.structured === undefined) return plan
  const agenda = agendaOutputSchema.safeParse(result.structured)
  return agenda.success ? prefillFromAgenda(agenda.data, plan) : plan
}

export function offersFromRun(result: DraftDoneEvent | null): Offer[] | null {
  if (result?.kind !== 'offers' || result.structured === undefined) return null
  const offers = offersOutputSchema.safeParse(result.structured)
  return offers.success ? offersFromOutput(offers.data) : null
}
