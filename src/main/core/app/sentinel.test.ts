import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../shared/api/contract'
import { appEvents } from '../../../shared/api/events'
import { PLACEMENTS } from '../../../shared/domain/promo'
import { BrowserSecretStore } from '../base/secrets/SecretStore'
import { startCoreHarness, type Harness } from './testing/coreHarness'
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../features/drafting/testing/fakeOpenAIServer'

const SENTINEL = `sk-test-SENTINEL-${randomBytes(12).toString('hex')}`

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

describe('the API key never leaves the main process', () => {
  let server: FakeOpenAIServer
  let h: Harness
  const responses: unknown[] = []
  const touched = new Set<string>()
  /** Routes called with an input their schema accepts: the dispatcher handed it to the handler. */
  const reached = new Set<string>()
  const call = async (route: string, input: unknown = {}) => {
    touched.add(route)
    if (contract[route as keyof typeof contract]?.input.safeParse(input).success) reached.add(route)
    const result = await h.core.dispatch(route, input)
    responses.push(result)
    return result
  }

  beforeAll(async () => {
    server = await startFakeOpenAIServer({ requireKey: SENTINEL })
    h = await startCoreHarness({ secrets: new BrowserSecretStore(undefined) })
  })
  afterAll(async () => {
    await h.close()
    await server.close()
  })

  it('exercises every route and event with the sentinel key and finds it nowhere outside main', async () => {
    await call('app.info')
    await call('app.status')
    await call('app.retrySave')
    await call('app.dismissRecovery')
    const win = (await call('wins.create', { date: '2026-05-01', title: 'Sentinel win', impact: 'Cut costs by 12%.' })) as {
      data: { id: string }
    }
    await call('wins.list', {})
    await call('wins.get', { id: win.data.id })
    await call('wins.update', { id: win.data.id, win: { date: '2026-05-01', title: 'Sentinel win', impact: 'Cut costs by 12%.' } })
    await call('wins.tags', {})
    await call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    await call('settings.setKey', { engine: 'compatible', key: SENTINEL })
    await call('settings.get')
    await call('settings.testConnection', {})
    await call('drafts.kinds')
    await call('drafts.preview', { kind: 'summary', params: {} })
    // A good run, a rejected key (the fake server echoes the key in its 401 like OpenAI), a stop.
    for (const model of ['fake-model', 'fake-401', 'fake-slow']) {
      await call('settings.update', { compatibleModel: model })
      const started = (await call('drafts.start', { kind: 'summary', params: {} })) as { data: { runId: string } }
      if (model === 'fake-slow') {
        await new Promise((r) => setTimeout(r, 300))
        await call('drafts.stop', { runId: started.data.runId })
      }
      await h.done(started.data.runId)
      await call('drafts.result', { runId: started.data.runId })
    }
    // The server, with the wrong key: 401 echoing what it got.
    server.options.requireKey = 'sk-other-key-000000'
    await call('settings.testConnection', {})
    // A key typed into a prompt-facing field is still redacted from errors/logs if echoed.
    const done = h.events.filter((e) => e.event === 'draft.done').map((e) => e.payload as { text: string; status: string })
    await call('drafts.checkNumbers', { text: done[0]!.text })
    const saved = (await call('drafts.save', {
      kind: 'summary',
      title: 'Q2',
      text: done[0]!.text,
      status: 'complete',
      engine: 'compatible',
      model: 'fake-model'
    })) as { data: { id: string } }
    await call('drafts.save', {
      draftId: saved.data.id,
      kind: 'summary',
      title: 'Q2',
      text: 'v2',
      status: 'complete',
      engine: 'builtin',
      model: 'built-in'
    })
    await call('drafts.list')
    await call('drafts.get', { id: saved.data.id })
    await call('drafts.delete', { id: saved.data.id })
    await call('wins.delete', { id: win.data.id })
    await call('wins.restore', { win: (responses.at(-1) as { data: unknown }).data })
    // Routes from other domains (history, export, …): exported files and every answer are checked too.
    await call('data.export', {})
    // Impact, promo packets and interview rehearsal (issue 6), with real inputs: their outputs and exports must not carry the key.
    const w2 = (await call('wins.create', { date: '2026-05-02', title: 'Migrated the team to a new planning tool' })) as {
      data: { id: string }
    }
    await call('impact.strengths')
    const rewrite = (await call('impact.rewrite', { winId: w2.data.id })) as { data: { xyz: string } }
    const applied = (await call('impact.apply', { winId: w2.data.id, text: rewrite.data.xyz, form: 'xyz' })) as {
      data: { version: { id: string } }
    }
    await call('impact.history', { winId: w2.data.id })
    await call('impact.revert', { versionId: applied.data.version.id })
    await call('promo.defaults', {})
    const packet = (await call('promo.build', {
      settings: { from: '2026-01-01', to: '2026-12-31', targetLevel: 'Staff', criteria: ['Leads across teams'] }
    })) as {
      data: { id: string }
    }
    await call('promo.list')
    await call('promo.get', { id: packet.data.id })
    await call('promo.export', { id: packet.data.id, format: 'markdown' })
    await call('promo.export', { id: packet.data.id, format: 'docx' })
    await call('promo.move', { packetId: packet.data.id, winId: w2.data.id, to: PLACEMENTS[0] })
    await call('promo.ladder')
    await call('promo.importLadder', { format: 'reset' })
    const questions = (await call('interview.questions')) as { data: { questions: { id: string; text: string; competency: string }[] } }
    const q = questions.data.questions[0]!
    await call('interview.submit', {
      questionId: q.id,
      questionText: q.text,
      competency: q.competency,
      answer: 'I migrated six teams.',
      typedSeconds: 30
    })
    await call('interview.attempts', { questionId: q.id })
    await call('interview.improve', { questionText: q.text, competency: q.competency })
    // Every other route, once each with a valid input (a fixture per route), so each handler runs
    // and its answer is searched for the key too.
    await call('wins.page', { offset: 0, limit: 10 })
    await call('profile.get')
    await call('profile.update', { profile: { name: 'Sam', role: 'PM', targetLevel: 'Staff' } })
    const goal = (await call('goals.create', { title: 'Lead a cross-team launch' })) as { data: { id: string } }
    await call('goals.list')
    await call('goals.update', { id: goal.data.id, goal: { title: 'Lead a cross-team launch', status: 'active' } })
    const person = (await call('people.create', { name: 'Dana', role: 'manager', cadenceDays: 14 })) as { data: { id: string } }
    await call('people.list')
    await call('people.get', { id: person.data.id })
    await call('people.update', { id: person.data.id, person: { name: 'Dana K', role: 'manager', cadenceDays: 14 } })
    const item = (await call('people.addItem', {
      personId: person.data.id,
      kind: 'goal',
      text: 'Ship the Q3 plan',
      date: '2026-05-03'
    })) as {
      data: { items: { id: string }[] }
    }
    const itemId = item.data.items.at(-1)!.id
    await call('people.updateItem', { personId: person.data.id, itemId, text: 'Ship the Q3 plan early' })
    await call('people.cadence')
    await call('people.cadenceWarnings', { cadenceDays: 90, role: 'manager' })
    const checkIn = (await call('checkIns.create', {
      checkIn: { personId: person.data.id, date: '2026-05-04', offer: 'Draft the plan' }
    })) as {
      data: { checkIn: { id: string } }
    }
    await call('checkIns.list', { personId: person.data.id })
    await call('checkIns.get', { id: checkIn.data.checkIn.id })
    await call('checkIns.update', {
      id: checkIn.data.checkIn.id,
      checkIn: { personId: person.data.id, date: '2026-05-04', offer: 'Draft the Q3 plan' }
    })
    const commitment = (await call('commitments.create', {
      title: 'Draft the Q3 plan',
      personId: person.data.id,
      dueDate: '2026-06-01'
    })) as {
      data: { id: string }
    }
    await call('commitments.list', { open: true })
    await call('commitments.get', { id: commitment.data.id })
    await call('commitments.update', { id: commitment.data.id, commitment: { title: 'Draft the Q3 plan v2', personId: person.data.id } })
    await call('commitments.transition', { id: commitment.data.id, to: 'accepted', on: '2026-05-05' })
    await call('loop.prepare', { personId: person.data.id, options: { meetingDate: '2026-05-20' } })
    await call('loop.calendar', { personId: person.data.id })
    await call('loop.backfillQuarter', { checkIn: { personId: person.data.id, date: '2026-02-10', offer: 'Write the Q1 plan' } })
    await call('checkIns.page', { personId: person.data.id })
    await call('commitments.page', { open: true })
    await call('drafts.page', {})
    await call('search.history', { query: 'plan' })
    await call('dashboard.timeline', {})
    await call('context.entries')
    await call('data.exportWinsMarkdown')
    const exported = (responses.find((r, i) => i > 0 && (r as { data?: { fileName?: string } }).data?.fileName?.endsWith('.json')) ?? {
      data: { text: '' }
    }) as { data: { text: string } }
    await call('data.importPreview', { text: exported.data.text, mode: 'merge' })
    await call('data.importApply', { text: exported.data.text, mode: 'merge' })
    await call('data.bragPreview', { markdown: '# 2026 Q2\n- Shipped the planning tool, cut planning time by 30%\n' })
    await call('data.bragSave', { wins: [{ title: 'Shipped the planning tool', date: '2026-04-10' }] })
    await call('commitments.delete', { id: commitment.data.id })
    await call('checkIns.delete', { id: checkIn.data.checkIn.id })
    await call('people.removeItem', { personId: person.data.id, itemId })
    await call('people.archive', { id: person.data.id, archived: true })
    await call('people.delete', { id: person.data.id })
    await call('goals.delete', { id: goal.data.id })
    await call('sample.status')
    await call('sample.enter')
    await call('sample.leave')
    await call('settings.clearKey', { engine: 'compatible' })
    await h.core.store.flush()

    // Every route in the contract reached its handler with a valid input (none only rejected by validation).
    const routes = Object.keys(contract)
    console.log(`sentinel: ${reached.size} of ${routes.length} routes reached their handler with a valid input`)
    expect(routes.filter((r) => !reached.has(r))).toEqual([])
    expect([...touched].sort()).toEqual(routes.sort())
    // Positive control: the key did reach its own server, so this test can fail.
    expect(server.requests.some((r) => r.authorization === `Bearer ${SENTINEL}`)).toBe(true)
    expect(h.events.some((e) => e.event === 'draft.delta')).toBe(true)
    expect(done.map((d) => d.status)).toEqual(expect.arrayContaining(['complete', 'failed', 'cancelled']))

    // Every event the core pushed matches the schema docs/api.md documents for it.
    expect(new Set(h.events.map((e) => e.event))).toEqual(new Set(Object.keys(appEvents)))
    expect(h.events.filter((e) => !appEvents[e.event].payload.safeParse(e.payload).success)).toEqual([])

    const leaks: string[] = []
    if (JSON.stringify(responses).includes(SENTINEL)) leaks.push('route responses')
    if (JSON.stringify(h.events).includes(SENTINEL)) leaks.push('events')
    for (const file of filesUnder(h.dataDir)) if (readFileSync(file, 'utf8').includes(SENTINEL)) leaks.push(file)
    expect(leaks).toEqual([])
    // The echo really happened and was stripped, not just absent.
    expect(JSON.stringify(h.events)).toMatch(/rejected the key \(401\)/)
    expect(filesUnder(h.dataDir).some((f) => f.includes('logs'))).toBe(true)
    expect(filesUnder(h.dataDir).some((f) => f.includes('backups'))).toBe(true)
  })
})
