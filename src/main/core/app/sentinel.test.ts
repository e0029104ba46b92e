import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../shared/api/contract'
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
  const call = async (route: string, input: unknown = {}) => {
    touched.add(route)
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
    // Routes other features added (profile, people, loop…) are exercised by their own tests; here each is
    // still called once so its response is searched for the key too.
    for (const route of Object.keys(contract)) if (!touched.has(route)) await call(route, {})
    await call('settings.clearKey', { engine: 'compatible' })
    await h.core.store.flush()

    // Every route in the contract was exercised.
    expect([...touched].sort()).toEqual(Object.keys(contract).sort())
    // Positive control: the key did reach its own server, so this test can fail.
    expect(server.requests.some((r) => r.authorization === `Bearer ${SENTINEL}`)).toBe(true)
    expect(h.events.some((e) => e.event === 'draft.delta')).toBe(true)
    expect(done.map((d) => d.status)).toEqual(expect.arrayContaining(['complete', 'failed', 'cancelled']))

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
