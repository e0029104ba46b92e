import { describe, expect, it } from 'vitest'
import type { StoreData } from '../../../../shared/domain/storeData'
import { countTokens } from '../drafting/tokens'
import { loopFacts } from './loopFacts'
import { renderOffers } from './offersMarkdown'
import { planLoop } from './planLoop'
import { fixtureHistory } from './testing/fixtureHistory'
import { commitmentSlice, LATEST, OPEN, type SliceItem } from './commitmentSlice'

const MEETING = '2026-07-10'
const STATUSES = ['proposed', 'accepted', 'in-progress', 'delivered', 'dropped'] as const

/** Older commitments to Priya, before the fixture's own (2016–2025). */
function pad(
  data: StoreData,
  count: number,
  status: (i: number) => (typeof STATUSES)[number],
  title = (i: number) => `Quarterly report #${i}`
) {
  for (let i = 0; i < count; i++) {
    const day = `${2016 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-10`
    const s = status(i)
    data.commitments.push({
      id: `old-${i}`,
      title: title(i),
      detail: '',
      personId: 'priya',
      status: s,
      history:
        s === 'proposed'
          ? [{ status: 'proposed', on: day }]
          : [
              { status: 'proposed', on: day },
              { status: s, on: day }
            ],
      outcome: '',
      createdAt: `${day}T09:00:00.000Z`,
      updatedAt: `${day}T09:00:00.000Z`
    } as StoreData['commitments'][number])
  }
  return data
}

const promptParts = (data: StoreData, ownIdea?: string) => {
  const facts = loopFacts(data, 'priya', MEETING)
  const plan = planLoop(facts, { ownIdea })
  return { facts, plan, tokens: countTokens(plan.markdown) + countTokens(renderOffers(facts, plan.offers)) }
}

describe('the commitments a loop prompt carries', () => {
  it('a decade of older deliveries changes nothing in the agenda or the offers', () => {
    const small = promptParts(fixtureHistory())
    const big = promptParts(pad(fixtureHistory(), 3000, () => 'delivered'))
    expect(big.plan.markdown).toBe(small.plan.markdown)
    expect(big.plan.offers).toEqual(small.plan.offers)
    expect(big.facts.commitments.length).toBeLessThanOrEqual(LATEST + OPEN + 8)
  })

  it('thousands of open offers: the agenda and offers stay the same size (≤ 1.1×)', () => {
    const few = promptParts(pad(fixtureHistory(), 20, (i) => STATUSES[i % 3]!))
    const many = promptParts(pad(fixtureHistory(), 5000, (i) => STATUSES[i % 3]!))
    expect(many.tokens / few.tokens).toBeLessThanOrEqual(1.1)
    expect(many.plan.offers.filter((o) => o.origin === 'history').length).toBeLessThanOrEqual(OPEN)
  })

  it('delivered work far back in history is still not offered again', () => {
    const base = promptParts(fixtureHistory())
    const suggested = base.plan.offers.find((o) => o.origin === 'suggested')!
    // The same offer delivered ten years ago, buried under thousands of later commitments.
    const data = pad(
      fixtureHistory(),
      4000,
      (i) => (i === 0 ? 'delivered' : 'accepted'),
      (i) => (i === 0 ? suggested.title : `Quarterly report #${i}`)
    )
    const again = promptParts(data).plan.offers.map((o) => o.title)
    expect(again).not.toContain(suggested.title)
  })

  it('every rule the plan applies finds the same commitment in the slice as in the whole list', () => {
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const targets = ['g1', 'g2', 'b1']
    for (let round = 0; round < 200; round++) {
      const all: SliceItem[] = Array.from({ length: 5 + rand(60) }, (_, i) => ({
        id: `c${i}`,
        status: STATUSES[rand(5)]!,
        statusDate: `2026-0${1 + rand(9)}-1${rand(10)}`,
        dueDate: rand(3) ? null : `2026-0${1 + rand(9)}-01`,
        serves: rand(2) ? { id: [...targets, 'other'][rand(4)]! } : null
      }))
      const ctx = { meetingDate: '2026-06-15', targetIds: targets, lastAskDate: '2026-05-01' }
      const slice = commitmentSlice(all, ctx)
      const open = (c: SliceItem) => ['proposed', 'accepted', 'in-progress'].includes(c.status)
      const rules: ((list: SliceItem[]) => unknown)[] = [
        (l) => l.slice(0, LATEST),
        (l) => l.filter(open).slice(0, OPEN),
        (l) => l.find((c) => c.status === 'dropped'),
        (l) => l.find((c) => c.status === 'delivered'),
        (l) => l.find((c) => open(c) && c.dueDate && c.dueDate < ctx.meetingDate),
        (l) => l.find((c) => c.status === 'delivered' && c.statusDate >= ctx.lastAskDate),
        ...targets.map((t) => (l: SliceItem[]) => l.find((c) => c.status === 'delivered' && c.serves?.id === t)),
        ...targets.map((t) => (l: SliceItem[]) => l.some((c) => c.serves?.id === t && c.status !== 'dropped' && c.status !== 'proposed'))
      ]
      for (const rule of rules) expect(rule(slice)).toEqual(rule(all))
      // Order is kept: the slice is a subsequence of the whole list.
      expect(all.filter((c) => slice.includes(c))).toEqual(slice)
    }
  })
})
