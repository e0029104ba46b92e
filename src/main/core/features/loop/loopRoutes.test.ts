import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoopPlan } from '../../../../shared/domain/loop'
import type { DraftPreview } from '../../../../shared/domain/draftRun'
import { startCoreHarness, type Harness } from '../../app/testing/coreHarness'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../drafting/testing/fakeOpenAIServer'

let h: Harness
let server: FakeOpenAIServer
let managerId: string

beforeAll(async () => {
  server = await startFakeOpenAIServer({ text: 'Agenda for Dana. We grew revenue 37% last quarter.' })
  h = await startCoreHarness()
  const dana = await h.call<{ id: string }>('people.create', { name: 'Dana Okafor', role: 'manager', title: 'CPO' })
  managerId = dana.id
  await h.call('goals.create', { title: 'Promotion to Group PM', kind: 'promotion' })
  await h.call('checkIns.create', {
    checkIn: {
      personId: managerId,
      date: '2026-01-12',
      theirGoals: ['Refresh the product strategy'],
      theirBlockers: ['No time to write the strategy doc'],
      offer: 'I will draft v1 of the strategy doc.'
    },
    commitment: { title: 'Draft v1 of the product strategy doc', serves: { kind: 'blocker', ref: 'No time to write the strategy doc' } }
  })
})
afterAll(async () => {
  await h.close()
  await server.close()
})

describe('loop routes and draft kinds through the real core', () => {
  it('prepares a plan whose Markdown is exactly what the built-in agenda draft streams, with sources and no flags', async () => {
    const options = {}
    const plan = await h.call<LoopPlan>('loop.prepare', { personId: managerId, options })
    expect(plan.markdown).toContain('Report back: Draft v1 of the product strategy doc')
    expect(plan.offers.length).toBeGreaterThanOrEqual(3)
    await h.call('settings.update', { engine: 'builtin' })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'agenda', params: { personId: managerId, loop: options } })
    const done = await h.done(runId)
    expect(done.status).toBe('complete')
    expect(done.text).toBe(plan.markdown)
    expect(done.flags).toEqual([])
    expect(done.sources.map((s) => s.kind)).toEqual(expect.arrayContaining(['commitment', 'checkIn', 'personGoal', 'goal']))
    const offers = await h.call<{ runId: string }>('drafts.start', { kind: 'offers', params: { personId: managerId, loop: options } })
    const offersDone = await h.done(offers.runId)
    expect(offersDone.text).toContain('**Serves:** their goal “Refresh the product strategy”')
    // The built-in run also carries its typed output: the same offers, labelled with their sources.
    const typed = offersDone.structured as { offers: { title: string; serves: { text: string } | null; sources: string[] }[] }
    expect(typed.offers.find((o) => o.serves?.text === 'Refresh the product strategy')?.sources).toContainEqual(
      expect.stringMatching(/^S\d+$/)
    )
    const agenda = done.structured as { sections: { lines: { text: string; sources: string[] }[] }[] }
    expect(agenda.sections.length).toBeGreaterThan(1)
  })

  it('rejects an agenda without a person, and an unknown person, in words a person understands', async () => {
    await expect(h.call('drafts.start', { kind: 'agenda', params: {} })).rejects.toThrow('Pick who the check-in is with.')
    await expect(h.call('loop.prepare', { personId: 'nobody' })).rejects.toThrow(/NOT_FOUND/)
    await expect(h.call('loop.prepare', { personId: managerId, options: { length: 'hour' } })).rejects.toThrow(
      'Choose a five-minute or a full one-on-one agenda.'
    )
  })

  it('sends an LLM the same grounded plan with the entries, and flags a number the history does not hold', async () => {
    await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    const params = { personId: managerId, loop: { meetingDate: '2026-04-10', variant: 'manager' as const } }
    const preview = await h.call<DraftPreview>('drafts.preview', { kind: 'agenda', params })
    const user = preview.messages.at(-1)!.content
    expect(preview.messages[0]!.content).toContain('never goes around')
    expect(user).toContain('The plan, computed from my history (timings marked suggested')
    expect(user).toContain('Report back: Draft v1 of the product strategy doc')
    expect(user).toMatch(/\[S\d+\] commitment · .* · Draft v1 of the product strategy doc/)
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'agenda', params })
    const done = await h.done(runId)
    expect(done.status).toBe('complete')
    // A prose reply to a structured kind is kept as text, with a visible note, and still guarded.
    expect(done.error?.kind).toBe('malformed_json')
    expect(done.structured).toBeUndefined()
    expect(done.flags.map((f) => f.text)).toEqual(['37%', 'last quarter'])
    const sent = server.requests.at(-1)!.body as { messages: { content: string }[] }
    expect(sent.messages.at(-1)!.content).toBe(user)
    const offers = await h.call<DraftPreview>('drafts.preview', { kind: 'offers', params })
    expect(offers.messages[0]!.content).toContain('too easy (admin, note-taking, scheduling)')
    expect(offers.messages.at(-1)!.content).toMatch(/Serves: their goal “Refresh the product strategy” \[S\d+\]/)
  })
})
