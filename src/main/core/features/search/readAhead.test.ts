import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'
import { readAheadInBackground } from './readAhead'

/**
 * The read-ahead fills per-win caches that the routes also fill on demand: every answer must be
 * the same before it ran, after it ran, and after an edit that lands once it is done (a cache
 * kept for the old win would answer with the old words).
 */
let h: Harness
const WORDS = ['pricing', 'PRİCING review', 'hiring loop', '\u212aPI board', 'onboarding', 'Planning']

beforeAll(async () => {
  h = await startCoreHarness()
  for (let i = 0; i < 60; i++)
    await h.call('wins.create', {
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`,
      title: `${WORDS[i % WORDS.length]} work ${i}`,
      whatIDid: i % 2 ? 'Ran the pilot' : '',
      impact: i % 3 ? 'Cut review time from 5 days to 2 days for the sales team' : 'Did it',
      metrics: i % 4 ? [] : [{ label: 'Cycle time', value: 2, unit: 'days' }],
      scope: i % 5 ? 'team' : 'self',
      stakeholders: i % 7 ? [] : ['Head of Sales'],
      tags: [i % 2 ? 'ops' : 'growth']
    })
})
afterAll(() => h.close())

const QUERIES = ['pricing', 'hiring', 'kpi', 'sales', 'days', 'i', 'pilot ops', 'zzz', 'planning growth']
async function answers() {
  const out: Record<string, unknown> = { strengths: await h.call('impact.strengths', {}) }
  for (const query of QUERIES) {
    out[`wins ${query}`] = await h.call('wins.page', { query, offset: 0, limit: 100 })
    out[`interview ${query}`] = await h.call('interview.questions', { query, offset: 0, limit: 100 })
  }
  out.preview = await h.call('drafts.preview', { kind: 'summary', params: { focus: 'pricing' } })
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>
}

describe('reading the per-win caches ahead', () => {
  it('changes no answer, and an edit after it shows everywhere it is read', async () => {
    await h.core.readAhead
    // Each route answered field by field (nothing read ahead for these wins yet)…
    const onDemand = await answers()
    // …and from the caches the read-ahead builds for every win.
    await readAheadInBackground(h.core.services.store).done
    expect(await answers()).toEqual(onDemand)
    expect((onDemand['wins pricing'] as { total: number }).total).toBe(10) // "PRİCING" lower-cases to "pri̇cing": not a match
    expect((onDemand['wins kpi'] as { total: number }).total).toBe(10) // the Kelvin sign lower-cases to "k"

    const page = await h.call<{ wins: Record<string, unknown>[] }>('wins.page', { query: 'hiring', offset: 0, limit: 1 })
    const { id, createdAt: _c, updatedAt: _u, ...input } = page.wins[0]!
    await h.call('wins.update', {
      id,
      win: { ...input, title: 'Pelican launch', impact: 'Did it', metrics: [], scope: 'self', stakeholders: [] }
    })
    const after = await answers()
    const strength = (all: Record<string, unknown>) =>
      (all.strengths as { winId: string; strength: { level: string } }[]).find((s) => s.winId === id)!
    expect(strength(onDemand).strength.level).not.toBe('task')
    expect(strength(after).strength.level).toBe('task')
    expect((after['wins hiring'] as { total: number }).total).toBe((onDemand['wins hiring'] as { total: number }).total - 1)
    expect(JSON.stringify(after['interview hiring'])).not.toContain(id as string)
    expect(await h.call('wins.page', { query: 'pelican', offset: 0, limit: 5 })).toMatchObject({ total: 1 })
    expect(await h.call('interview.questions', { query: 'pelican', offset: 0, limit: 5 })).toMatchObject({ matchingWins: 1 })
  })

  it('stops when asked, and moves on to a new wins list when the list changes while it runs', async () => {
    const stopped = readAheadInBackground(h.core.services.store)
    stopped.stop()
    await expect(stopped.done).resolves.toBeUndefined()
    const running = readAheadInBackground(h.core.services.store, 0)
    await h.call('wins.create', { date: '2025-01-01', title: 'Walrus rollout', tags: ['ops'] })
    await running.done
    expect(await h.call('wins.page', { query: 'walrus', offset: 0, limit: 5 })).toMatchObject({ total: 1 })
  })
})
