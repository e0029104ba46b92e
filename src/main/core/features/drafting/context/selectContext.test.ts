import { describe, expect, it } from 'vitest'
import type { ContextEntry } from '../../../../../shared/domain/contextEntry'
import { countMessageTokens, countTokens } from '../tokens'
import { safeViewOf } from '../testing/safeView'
import { summaryKind } from '../kinds/summary'
import { selectContext } from './selectContext'

const NOW = new Date('2026-11-20T12:00:00Z')
const TOPICS = ['billing', 'search', 'onboarding', 'reporting', 'mobile', 'infra', 'hiring', 'docs']

/** A deterministic history of `n` wins spread over ten years, plus one planted relevant entry. */
function history(n: number): { entries: ContextEntry[]; planted: ContextEntry } {
  const entries: ContextEntry[] = []
  for (let i = 0; i < n; i++) {
    const day = new Date(NOW.getTime() - ((i * 3653) / n) * 86_400_000).toISOString().slice(0, 10)
    const topic = TOPICS[i % TOPICS.length]!
    entries.push({
      id: `w${i}`,
      kind: 'win',
      date: day,
      title: `Improved ${topic} flow #${i}`,
      text: `Impact: Made the ${topic} flow simpler for customers; support tickets went down.\nWhat I did: Reworked the ${topic} screens with design and QA.\nScope: team`,
      tags: [topic],
      linkedIds: []
    })
  }
  const planted: ContextEntry = {
    id: 'planted',
    kind: 'win',
    date: '2019-04-02',
    title: 'Kubernetes migration of the ledger',
    text: 'Impact: Moved the ledger to Kubernetes with zero downtime.\nScope: org',
    tags: ['kubernetes'],
    linkedIds: ['goal-platform']
  }
  entries.splice(Math.floor(n / 2), 0, planted)
  return { entries, planted }
}

describe('selectContext', () => {
  const BUDGET = 2000
  const sizes = [10, 1_000, 10_000]

  it.each(sizes)('holds the token budget and still picks the planted entry at %i entries', (n) => {
    const { entries, planted } = history(n)
    const t0 = performance.now()
    const selection = selectContext(entries, { focus: 'kubernetes ledger migration', now: NOW }, BUDGET)
    const ms = performance.now() - t0
    expect(selection.tokens).toBeLessThanOrEqual(BUDGET)
    expect(countTokens(selection.rendered)).toBe(selection.tokens)
    expect(selection.entries.map((e) => e.id)).toContain(planted.id)
    expect(selection.considered).toBe(n + 1)
    expect(ms).toBeLessThan(1500)
  })

  it('keeps the prompt flat from 10 to 10,000 entries', () => {
    const tokens = sizes.map((n) => {
      const { entries } = history(n)
      const selection = selectContext(entries, { now: NOW }, BUDGET)
      const messages = summaryKind.messages({
        params: {},
        entries: selection.entries,
        rendered: selection.rendered,
        view: safeViewOf(),
        now: NOW
      })
      return countMessageTokens(messages)
    })
    // 10 entries fit entirely; from 1,000 upward the prompt is pinned at the budget.
    expect(tokens[0]!).toBeLessThan(tokens[2]!)
    expect(Math.abs(tokens[1]! - tokens[2]!)).toBeLessThan(150)
    expect(tokens[2]!).toBeLessThan(BUDGET + 300)
    console.log(`prompt tokens at 10 / 1,000 / 10,000 entries: ${tokens.join(' / ')}`)
  })

  it('ranks by linked goals, person and tags, and filters by period', () => {
    const { entries, planted } = history(1_000)
    const linked = selectContext(entries, { linkedIds: ['goal-platform'], now: NOW }, 300)
    expect(linked.entries.map((e) => e.id)).toContain(planted.id)
    const tagged = selectContext(entries, { tags: ['kubernetes'], now: NOW }, 300)
    expect(tagged.entries.map((e) => e.id)).toContain(planted.id)
    const period = selectContext(entries, { from: '2026-01-01', to: '2026-06-30', now: NOW }, 100_000)
    expect(period.entries.every((e) => e.date >= '2026-01-01' && e.date <= '2026-06-30')).toBe(true)
    expect(period.entries.map((e) => e.id)).not.toContain(planted.id)
  })

  it('prefers recent entries when nothing else distinguishes them', () => {
    const { entries } = history(1_000)
    const selection = selectContext(entries, { now: NOW }, 500)
    const newest = [...entries].sort((a, b) => b.date.localeCompare(a.date))[0]!
    expect(selection.entries.map((e) => e.id)).toContain(newest.id)
    expect(selection.entries.every((e) => e.date > '2025-01-01')).toBe(true)
  })
})

describe('selectContext ids', () => {
  it('considers only the listed entries, even timeless ones, when a kind names exactly what it drew on', () => {
    const { entries } = history(50)
    const goal: ContextEntry = {
      id: 'g-future',
      kind: 'personGoal',
      date: '2027-01-01',
      title: 'Later goal',
      text: '',
      tags: [],
      linkedIds: []
    }
    const picked = selectContext([...entries, goal], { ids: ['w1', 'w7'], now: NOW }, 3000)
    expect(picked.entries.map((e) => e.id).sort()).toEqual(['w1', 'w7'])
    expect(picked.considered).toBe(2)
  })
})
