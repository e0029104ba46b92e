import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { backfillQuarterInputSchema } from '../../../../shared/api/routes/loop'
import { winSchema, type Win } from '../../../../shared/domain/win'
import { AppError } from '../../base/errors'
import { planCheckIn, writeCheckInPlan } from '../checkins/checkInsService'
import { transitioned } from '../commitments/commitmentsService'
import type { Store } from '../../store/Store'
import { winWrites } from '../wins/winsService'

export type BackfillQuarterParsed = z.output<typeof backfillQuarterInputSchema>

/**
 * One back-filled quarter in a single store update: the check-in with its offer, the offer's
 * later steps, and the win. Every part is checked before anything is written (the same rules as
 * checkIns.create, commitments.transition and wins.create), so a bad part saves nothing.
 */
export async function backfillQuarter(store: Store, quarter: BackfillQuarterParsed, today: string) {
  const { checkIn, nextPerson, created } = planCheckIn(store.data, quarter.checkIn, quarter.commitment)
  if (!created && (quarter.steps.length || quarter.win))
    throw new AppError('VALIDATION', 'Steps and a win come from an offer: fill in what you offered first.')
  let commitment = created
  for (const step of quarter.steps) commitment = transitioned(commitment!, step.to, step, today)
  if (quarter.win && commitment?.status !== 'delivered')
    throw new AppError('VALIDATION', 'A win comes from a delivered offer: mark it delivered first.')
  const at = new Date().toISOString()
  const win: Win | undefined = quarter.win
    ? winSchema.parse({ ...quarter.win, commitmentId: commitment!.id, id: randomUUID(), createdAt: at, updatedAt: at })
    : undefined
  return store.change((change) => {
    writeCheckInPlan(change, { checkIn, nextPerson }, commitment)
    if (win) winWrites.save(change, win)
    return { checkIn, person: nextPerson, commitment, win }
  })
}
