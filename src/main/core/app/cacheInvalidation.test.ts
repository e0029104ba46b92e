import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreHarness, type Harness } from './testing/coreHarness'

/**
 * Every cache over stored data is keyed on collection versions (Store.version). The risk is a
 * stale cache answering with old data, so each route that edits is followed by every reader that
 * caches what it changed: the built-in summary (draft and prompt), the context entries, the wins
 * page and its search, the interview questions, the dashboard timeline and the paged lists. Each
 * reader is called once before the edit, so its cache is warm when the edit lands.
 */

let h: Harness
const win = (title: string, extra: Record<string, unknown> = {}) => ({
  date: '2026-02-01',
  title,
  whatIDid: 'Ran the work end to end',
  impact: 'Cut review time from 5 days to 2 days',
  metrics: [],
  scope: 'team',
  stakeholders: [],
  tags: ['planning'],
  evidence: [],
  ...extra
})

/** Everything the caches serve, as one text to search. */
async function everyReader(): Promise<Record<string, string>> {
  const started = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: { focus: 'planning' } })
  const done = await h.done(started.runId)
  const preview = await h.call<{ messages: { content: string }[] }>('drafts.preview', { kind: 'summary', params: { focus: 'planning' } })
  return {
    summary: JSON.stringify(done),
    summaryPrompt: preview.messages.map((m) => m.content).join('\n'),
    contextEntries: JSON.stringify(await h.call('context.entries', {})),
    winsPage: JSON.stringify(await h.call('wins.page', { offset: 0, limit: 100 })),
    winsSearch: JSON.stringify(await h.call('wins.page', { query: 'pelican', offset: 0, limit: 100 })),
    interview: JSON.stringify(await h.call('interview.questions', { query: 'pelican', offset: 0, limit: 50 })),
    timeline: JSON.stringify(await h.call('dashboard.timeline', { quarter: '2026-Q1' })),
    checkIns: JSON.stringify(await h.call('checkIns.page', { offset: 0, limit: 50 })),
    commitments: JSON.stringify(await h.call('commitments.page', { offset: 0, limit: 50 }))
  }
}

const WIN_READERS = ['summary', 'summaryPrompt', 'contextEntries', 'winsPage', 'winsSearch', 'interview', 'timeline']
const readersWith = (all: Record<string, string>, word: string) => Object.keys(all).filter((k) => all[k]!.includes(word))

let winId: string
let personId: string
let checkInId: string
let commitmentId: string

beforeAll(async () => {
  h = await startCoreHarness()
  const person = await h.call<{ id: string }>('people.create', { name: 'Dana', role: 'manager', title: 'CPO' })
  personId = person.id
  const created = await h.call<{ checkIn: { id: string }; commitment: { id: string } }>('checkIns.create', {
    checkIn: { personId, date: '2026-01-10', offer: 'Draft the pelican plan' },
    commitment: { title: 'Draft the pelican plan' }
  })
  checkInId = created.checkIn.id
  commitmentId = created.commitment.id
  winId = (await h.call<{ id: string }>('wins.create', win('Pelican launch plan'))).id
  await h.call('wins.create', win('Pelican onboarding guide'))
  await everyReader() // warm every cache
})
afterAll(() => h.close())

describe('caches follow every route that edits', () => {
  it('an edited win shows in every reader; undo of a delete brings it back', async () => {
    const before = await h.call<Record<string, unknown>>('wins.get', { id: winId })
    const { id: _i, createdAt: _c, updatedAt: _u, ...input } = before
    await h.call('wins.update', { id: winId, win: { ...input, title: 'Pelican launch plan ZANZIBAR' } })
    let all = await everyReader()
    expect(readersWith(all, 'ZANZIBAR')).toEqual(expect.arrayContaining(WIN_READERS))

    const deleted = await h.call<Record<string, unknown>>('wins.delete', { id: winId })
    all = await everyReader()
    expect(readersWith(all, 'ZANZIBAR')).toEqual([])

    await h.call('wins.restore', { win: deleted })
    all = await everyReader()
    expect(readersWith(all, 'ZANZIBAR')).toEqual(expect.arrayContaining(WIN_READERS))
  })

  it('an impact rewrite (written through the wins owner) shows in the summary and context', async () => {
    await h.call('impact.apply', { winId, text: 'Pelican reviews now take QUOKKA hours', form: 'edited' })
    const all = await everyReader()
    expect(readersWith(all, 'QUOKKA')).toEqual(expect.arrayContaining(['summaryPrompt', 'contextEntries', 'winsPage']))
  })

  it('a person, a check-in and a commitment edit show where they are read', async () => {
    await h.call('people.update', { id: personId, person: { name: 'Dana WOMBAT', role: 'manager', title: 'CPO' } })
    const checkIn = await h.call<Record<string, unknown>>('checkIns.get', { id: checkInId })
    const { id: _i, createdAt: _c, updatedAt: _u, heard: _h, ...checkInInput } = checkIn
    await h.call('checkIns.update', { id: checkInId, checkIn: { ...checkInInput, offer: 'Draft the pelican plan NUMBAT' } })
    const commitment = await h.call<{ title: string; detail: string; personId: string }>('commitments.get', { id: commitmentId })
    await h.call('commitments.update', {
      id: commitmentId,
      commitment: { title: 'Draft the pelican plan BILBY', detail: commitment.detail, personId: commitment.personId }
    })
    const all = await everyReader()
    expect(readersWith(all, 'WOMBAT')).toEqual(expect.arrayContaining(['contextEntries', 'timeline']))
    expect(readersWith(all, 'NUMBAT')).toEqual(expect.arrayContaining(['contextEntries', 'checkIns']))
    expect(readersWith(all, 'BILBY')).toEqual(expect.arrayContaining(['contextEntries', 'commitments']))
  })

  it('a brag import adds to every win reader', async () => {
    await h.call('data.bragSave', { wins: [win('Pelican migration DINGO')] })
    const all = await everyReader()
    expect(readersWith(all, 'DINGO')).toEqual(
      expect.arrayContaining(['summaryPrompt', 'contextEntries', 'winsPage', 'winsSearch', 'interview'])
    )
  })

  it('sample data in and out, then an import replacing everything: each reader shows only the new data', async () => {
    const exported = await h.call<{ text: string }>('data.export', {})
    await h.call('sample.enter', {})
    let all = await everyReader()
    expect(readersWith(all, 'ZANZIBAR')).toEqual([])
    await h.call('sample.leave', {})
    all = await everyReader()
    expect(readersWith(all, 'ZANZIBAR')).toEqual(expect.arrayContaining(WIN_READERS))

    // The same file with every pelican renamed: a replace import must leave no old title anywhere.
    const renamed = exported.text.replaceAll('ZANZIBAR', 'KOALA')
    await h.call('data.importApply', { text: renamed, mode: 'replace' })
    all = await everyReader()
    expect(readersWith(all, 'ZANZIBAR')).toEqual([])
    expect(readersWith(all, 'KOALA')).toEqual(expect.arrayContaining(WIN_READERS))
  })
})
