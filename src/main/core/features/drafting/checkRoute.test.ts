import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'

let h: Harness
beforeAll(async () => {
  h = await startCoreHarness()
  await h.call('wins.create', { date: '2026-02-10', title: 'Faster deploys', impact: 'Deploys take 12 minutes now, across 14 services.' })
  await h.call('wins.create', { date: '2026-02-12', title: 'All-hands talk', impact: 'Spoke to an audience of 250 people.' })
})
afterAll(() => h.close())

describe('drafts.checkNumbers', () => {
  it('checks an edited text against the run’s sources, citations included', async () => {
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: { from: '2026-01-01', to: '2026-06-30' } })
    const done = await h.done(runId)
    expect(done.flags).toEqual([])
    expect(done.citedSourceIds).toHaveLength(2)
    const flags = await h.call<{ text: string; kind?: string }[]>('drafts.checkNumbers', {
      runId,
      text: 'Deploys take 12 hours [S1]. Engagement grew 250% [S2]. See [S7].'
    })
    expect(flags.map((f) => [f.text, f.kind])).toEqual([
      ['12 hours', 'quantity'],
      ['250%', 'quantity'],
      ['[S7]', 'citation']
    ])
  })

  it('says so when the run is no longer kept', async () => {
    await expect(h.call('drafts.checkNumbers', { runId: 'no-such-run-1234', text: 'x' })).rejects.toThrow(/no longer kept/)
  })
})
