import { describe, expect, it } from 'vitest'
import type { Win } from '../../../../shared/domain/win'
import type { SourceRecord } from '../../base/quantities'
import { checkDraft } from '../drafting/claimsGuard'
import { winEntries } from '../drafting/context/winEntries'
import { safeViewOf } from '../drafting/testing/safeView'
import { promoPacketKind } from './packetKind'
import { buildPacket, type OwnSpan, type PacketHistory } from './promoPacket'
import { draftingNumbersGuard, historyNumbersGuard } from './promoService'
import { win } from './testing/packetHistory'

/**
 * Issue 18 (promo18): "… and 997 more wins" is Loopwise's own count, not a claim — and the guard
 * reads nothing more to check it. Everything else is checked as before: the count's words copied
 * anywhere else, an invented number beside it, a number spelled out, a model's sentence.
 */

const YEAR = { from: '2025-01-01', to: '2025-12-31', targetLevel: 'Group PM', criteria: ['Leads across teams'] }

/** Eight wins of 2025 for one stakeholder (the supporters line cites three, counts five), and older wins that count their reads. */
function historyWithReads() {
  let reads = 0
  const inYear = Array.from({ length: 8 }, (_, i) =>
    win({ id: `w-${i}`, date: `2025-0${1 + i}-10`, title: `Launched pricing test ${i}`, stakeholders: ['Acme Corp'] })
  )
  const older = Array.from({ length: 50 }, (_, i) => {
    const w = win({ id: `old-${i}`, date: '2019-05-01', title: `Old work ${i}`, impact: `Saved ${i + 2} hours a week` })
    const whatIDid = 'Wrote the runbook'
    // Only the numbers guard's reading of the whole history opens this field of a win outside the period.
    Object.defineProperty(w, 'whatIDid', {
      enumerable: true,
      get: () => {
        reads++
        return whatIDid
      }
    })
    return w
  })
  const history: PacketHistory = { wins: [...inYear, ...older], people: [], checkIns: [], commitments: [], goals: [] }
  return { history, reads: () => reads }
}

describe('the numbers guard and Loopwise’s own count of more wins', () => {
  it('does not flag the supporters line’s "and 5 more wins": the count is Loopwise’s, not the cited wins’', () => {
    const { history } = historyWithReads()
    const packet = buildPacket(YEAR, history, historyNumbersGuard(history))
    const line = packet.sections.find((s) => s.id === 'supporters')!.items.map((i) => i.text)
    expect(line).toContain(
      'Acme Corp — stakeholder on Launched pricing test 0; Launched pricing test 1; Launched pricing test 2; and 5 more wins.'
    )
    expect(packet.flags).toEqual([])
    expect(packet.checklist.some((c) => /numbers flagged/.test(c))).toBe(false)
  })

  it('after an edit, reads only the edited win again', () => {
    let reads = 0
    const readIds = new Set<string>()
    const counted = (w: Win) => {
      const scope = w.scope
      return Object.defineProperty({ ...w }, 'scope', {
        enumerable: true,
        get: () => {
          reads++
          readIds.add(w.id)
          return scope
        }
      }) as Win
    }
    const wins = Array.from({ length: 40 }, (_, i) =>
      counted(win({ id: `w-${i}`, date: `2025-0${1 + (i % 9)}-10`, title: `Cut build time ${i}`, whatIDid: `Cached ${i + 2} layers` }))
    )
    const history: PacketHistory = { wins, people: [], checkIns: [], commitments: [], goals: [] }
    buildPacket(YEAR, history, historyNumbersGuard(history))
    expect(reads).toBeGreaterThan(0)
    readIds.clear()
    const edited = wins.map((w, i) => (i === 3 ? counted({ ...w, title: 'Cut build time by half' }) : w))
    const again: PacketHistory = { ...history, wins: edited }
    buildPacket(YEAR, again, historyNumbersGuard(again))
    // A win's scope is read by its section, weight, details and facts (its record for the guard):
    // the edited win is read again, the 39 others are not opened.
    expect([...readIds]).toEqual(['w-3'])
  })

  it('builds the first packet without reading the records it does not cite', () => {
    const { history, reads } = historyWithReads()
    buildPacket(YEAR, history, historyNumbersGuard(history))
    expect(reads()).toBe(0)
  })
})

describe('attacks on the exemption: only the span Loopwise wrote is skipped', () => {
  const records: SourceRecord[] = [{ id: 'w-1', label: 'Launched pricing', texts: ['Launched pricing', 'Scope: team'] }]
  const check = draftingNumbersGuard(records)
  const flagged = (text: string, own: OwnSpan[]) => check(text, ['w-1'], own).map((f) => f.text)
  const spanOf = (text: string, part: string, from = 0): OwnSpan => {
    const start = text.indexOf(part, from)
    return [start, start + part.length]
  }
  const COUNT = '; and 997 more wins'

  it('the baseline: with no span marked, the count is a number the cited win does not state', () => {
    expect(flagged(`Acme — stakeholder on Launched pricing${COUNT}.`, [])).toEqual(['997'])
  })

  it('the same words copied before Loopwise’s count are still flagged', () => {
    const text = `Acme — stakeholder on Launched pricing and 997 more wins${COUNT}.`
    expect(flagged(text, [spanOf(text, COUNT)])).toEqual(['997'])
  })

  it('an invented number right beside the count is still flagged', () => {
    const text = `Acme — stakeholder on Launched pricing, up 40%${COUNT}.`
    expect(flagged(text, [spanOf(text, COUNT)])).toEqual(['40%'])
    const after = `Acme — stakeholder on Launched pricing${COUNT} 12 teams.`
    expect(flagged(after, [spanOf(after, COUNT)])).toEqual(['12 teams'])
  })

  it('an amount that runs past the span is checked whole', () => {
    const text = 'Launched pricing for 997,000 users.'
    expect(flagged(text, [spanOf(text, '997')])).toEqual(['997,000 users'])
  })

  it('the count spelled out in the user’s part is still flagged', () => {
    const text = `Acme — stakeholder on Launched pricing and nine hundred ninety-seven more wins${COUNT}.`
    expect(flagged(text, [spanOf(text, COUNT)])).toHaveLength(1)
    expect(flagged(text, [spanOf(text, COUNT)])[0]).toMatch(/^nine hundred ninety-seven/)
  })
})

describe('a model’s promo packet narrative is checked like any draft', () => {
  const wins = [win({ id: 'w-1', date: '2025-03-01', title: 'Launched pricing', stakeholders: ['Acme Corp'] })]
  const entries = winEntries(wins)
  const input = {
    params: { from: '2025-01-01', to: '2025-12-31' },
    entries,
    rendered: '',
    view: safeViewOf({ wins }),
    now: new Date('2026-01-01')
  }
  const computed = promoPacketKind.computed!(input)
  const flagged = (text: string) => checkDraft(text, entries, { computed }, input.now).flags.map((f) => f.text)

  it('flags Loopwise’s count copied into a claim, a bare 997 and the number in words', () => {
    expect(flagged('Acme Corp backs my pricing launch [S1]; and 997 more wins.')).toEqual(['997'])
    expect(flagged('I ran 997 pricing experiments [S1].')).toEqual(['997 pricing experiments'])
    expect(flagged('I ran nine hundred ninety-seven experiments [S1].')).toHaveLength(1)
  })
})
