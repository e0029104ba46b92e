import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKET_SECTION_TITLES, PACKET_SECTIONS } from '../../../../shared/domain/promo'
import { winEntries } from '../drafting/context/winEntries'
import type { DraftDoneEvent } from '../../../../shared/domain/draftRun'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'
import { checkDraft } from '../drafting/claimsGuard'
import { todayIso } from '../../base/clock'
import { impactStatementKind } from '../impact/impactKind'
import { interviewAnswerKind } from '../interview/interviewKind'
import { promoPacketKind } from './packetKind'
import { safeViewOf } from '../drafting/testing/safeView'
import { PACKET_HISTORY } from './testing/packetHistory'
import { draftingNumbersGuard, historyRecords } from './promoService'
import { buildPacket } from './promoPacket'
import { PACKET_SETTINGS } from './testing/packetHistory'

const entries = winEntries(PACKET_HISTORY.wins)
const view = safeViewOf({ wins: PACKET_HISTORY.wins })
const input = (params: object) => ({ params, entries, rendered: '', view, now: new Date('2026-07-01') })
// The built-in kinds are checked as a run is: against the entries they were given.
const guard = (text: string, params: object = {}) => checkDraft(text, entries, { dates: Object.values(params) as string[] }).flags

describe('impact draft kinds, built-in engine', () => {
  it('impact statements: XYZ and STAR per win, cited, questions where a measure is missing, no new numbers', () => {
    const text = impactStatementKind.builtin(input({ focus: 'pricing page' }))
    expect(text).toMatch(/## Drafted v1 of the product strategy \[S1\]/)
    expect(text).toContain('**XYZ:** CPO used 80% of it for the board strategy, as measured by share of doc used 80%')
    expect(text).toContain('❓ How many customers were affected')
    expect(guard(text)).toEqual([])
  })

  it('interview answer: from the most relevant win, cited, gaps listed, no new numbers', () => {
    const text = interviewAnswerKind.builtin(input({ focus: 'Tell me about a time you improved hiring or the interview process.' }))
    expect(text).toContain('I overhauled the PM interview loop.')
    expect(text).toMatch(/\[S3\]/)
    expect(text).toContain('**Only you can fill in:**')
    expect(guard(text)).toEqual([])
  })

  it('promo packet: a one-page narrative (claim, three projects with evidence, growth), entry labels as citations, no new numbers', () => {
    const text = promoPacketKind.builtin(input({ from: '2026-01-01', to: '2026-06-30', focus: 'Group PM' }))
    const headings = text.split('\n').filter((l) => l.startsWith('#'))
    expect(headings).toEqual(['# The case for Group PM', '## Strongest projects', '## How I grew'])
    // Not the packet again: none of its section headings.
    for (const s of PACKET_SECTIONS) expect(text).not.toContain(`## ${PACKET_SECTION_TITLES[s]}`)
    expect(text).toMatch(/^In this period I did work at the scope Group PM expects: /m)
    expect(text).toMatch(/\*\*Drafted v1 of the product strategy\.\*\* .*\[S1[\],]/)
    expect(text.split(/\s+/).length).toBeLessThan(600)
    expect(text).not.toContain('Old win outside the period')
    expect(guard(text, { from: '2026-01-01', to: '2026-06-30' })).toEqual([])
  })
})

describe('the drafting numbers guard over a whole packet', () => {
  it('passes a packet built from the history and flags a number the history does not hold', () => {
    const check = draftingNumbersGuard(historyRecords(PACKET_HISTORY))
    expect(buildPacket(PACKET_SETTINGS, PACKET_HISTORY, check).flags).toEqual([])
    expect(check('Cut the cloud bill by 37%')).toEqual([{ text: '37%', reason: expect.stringMatching(/^37%: /) as string }])
    // Derived from a metric and its baseline (12 → 4 days): a 67% cut is supported.
    expect(check('Cut time to offer by 67%')).toEqual([])
  })
})

describe('impact kinds through the drafting routes', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startCoreHarness()
  })
  afterAll(() => h.close())

  it('are listed, and a built-in run streams a complete, guarded draft with sources', async () => {
    const kinds = await h.call<{ id: string }[]>('drafts.kinds')
    expect(kinds.map((k) => k.id)).toEqual(expect.arrayContaining(['impact-statement', 'interview-answer', 'promo-packet']))
    await h.call('wins.create', {
      date: todayIso(),
      title: 'Overhauled the PM interview loop',
      impact: 'Time to offer went from 12 days to 4',
      scope: 'org'
    })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'promo-packet', params: { focus: 'Staff' } })
    const done: DraftDoneEvent = await h.done(runId)
    expect(done.status).toBe('complete')
    expect(done.text).toContain('## Strongest projects')
    expect(done.flags).toEqual([])
    expect(done.sources.map((s) => s.title)).toContain('Overhauled the PM interview loop')
  })

  it('a rewrite opened from one win drafts that win only; undated wins are in no period', async () => {
    const one = await h.call<{ id: string }>('wins.create', { date: todayIso(), title: 'Promoted to Group PM' })
    await h.call('wins.create', { date: todayIso(), title: 'Cut staging bill', impact: 'Saved $18k a month', scope: 'team' })
    await h.call('wins.create', {
      date: todayIso(),
      datePrecision: 'undated',
      title: 'Wrote the on-call runbook',
      impact: 'Fewer escalations'
    })
    const single = await h.done(
      (await h.call<{ runId: string }>('drafts.start', { kind: 'impact-statement', params: { winId: one.id } })).runId
    )
    expect(single.sources.map((s) => s.title)).toEqual(['Promoted to Group PM'])
    expect(single.text).not.toContain('Cut staging bill')
    const many = await h.done((await h.call<{ runId: string }>('drafts.start', { kind: 'impact-statement', params: {} })).runId)
    expect(many.sources.length).toBeGreaterThan(1)
    const period = await h.done(
      (await h.call<{ runId: string }>('drafts.start', { kind: 'impact-statement', params: { from: '2020-01-01', to: '2100-01-01' } }))
        .runId
    )
    expect(period.sources.map((s) => s.title)).not.toContain('Wrote the on-call runbook')
    expect(many.sources.find((s) => s.title === 'Wrote the on-call runbook')?.date).toBe('Undated')
  })
})
