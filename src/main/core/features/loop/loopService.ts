import type { DraftParams } from '../../../../shared/domain/drafting'
import type { LoopOptions, LoopPlan } from '../../../../shared/domain/loop'
import { AppError } from '../../base/errors'
import { todayIso } from '../../base/clock'
import type { Store } from '../../store/Store'
import { loopFacts, type LoopFacts } from './loopFacts'
import { planLoop } from './planLoop'
import { nextCheckInCalendar } from './calendarFile'
import { backfillQuarter } from './backfillQuarter'
import type { BackfillQuarterParsed } from './backfillQuarter'

/** Prepares the next loop conversation with one person from the active store. */
export class LoopService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date()
  ) {}

  facts(personId: string, options: LoopOptions = {}, now: Date = this.now()): LoopFacts {
    return loopFacts(this.store.data, personId, options.meetingDate ?? todayIso(now), options.variant)
  }

  prepare(personId: string, options: LoopOptions = {}): LoopPlan {
    return planLoop(this.facts(personId, options), options)
  }

  /** One past quarter ("Your last year") in one save: all of it or nothing. */
  backfillQuarter(quarter: BackfillQuarterParsed) {
    return backfillQuarter(this.store, quarter, todayIso(this.now()))
  }

  /** The next check-in with one person as an .ics file, on the user's own day. */
  calendar(personId: string) {
    return nextCheckInCalendar(this.store.data, personId, todayIso(this.now()))
  }

  /** For the agenda and offers draft kinds: the same plan from draft params. */
  fromParams(params: DraftParams, now: Date = this.now()): { facts: LoopFacts; plan: LoopPlan } {
    if (!params.personId) throw new AppError('VALIDATION', 'Pick who the check-in is with.')
    const options = params.loop ?? {}
    const facts = this.facts(params.personId, options, now)
    return { facts, plan: planLoop(facts, options) }
  }
}
