import { mkdtempSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../app/createCore'
import { Store } from '../../store/Store'

const newCore = () =>
  createCore({ dataDir: mkdtempSync(join(tmpdir(), 'loopwise-data-')), mode: 'browser', version: 'test', lockFolder: false })

const ok = async <T>(core: Core, route: string, input: unknown): Promise<T> => {
  const r = await core.dispatch(route, input)
  if (!r.ok) throw new Error(`${route}: ${r.error.code} ${r.error.message}`)
  return r.data as T
}

async function seed(core: Core) {
  const boss = await ok<{ id: string }>(core, 'people.create', { name: 'Dana', role: 'manager' })
  const { commitment } = await ok<{ commitment: { id: string } }>(core, 'checkIns.create', {
    checkIn: { personId: boss.id, date: '2026-01-10', theirGoals: ['Refresh strategy'], offer: 'Draft v1' },
    commitment: { title: 'Draft v1 of the strategy' }
  })
  await ok(core, 'commitments.transition', { id: commitment.id, to: 'accepted', on: '2026-01-11' })
  await ok(core, 'wins.create', { date: '2026-02-01', title: 'Strategy v1', commitmentId: commitment.id })
  await ok(core, 'goals.create', { title: 'Group PM', kind: 'promotion' })
  await ok(core, 'profile.update', { profile: { name: 'Sam', role: 'Senior PM' } })
}

describe('export and import', () => {
  it('round-trips everything into an empty folder, identical', async () => {
    const a = await newCore()
    await seed(a)
    const { text } = await ok<{ text: string }>(a, 'data.export', {})
    const b = await newCore()
    const preview = await ok<{ collections: { name: string; added: number }[] }>(b, 'data.importPreview', { text, mode: 'replace' })
    expect(preview.collections.find((c) => c.name === 'wins')!.added).toBe(1)
    await ok(b, 'data.importApply', { text, mode: 'replace' })
    const exportedB = await ok<{ text: string }>(b, 'data.export', {})
    expect(JSON.parse(exportedB.text).data).toEqual(JSON.parse(text).data)
    // And it is on disk: a fresh open of the new folder reads the same data.
    await a.close()
    await b.close()
    const reopened = await Store.open({ dataDir: b.store.dataDir })
    expect(JSON.parse(JSON.stringify(reopened.data))).toEqual(JSON.parse(text).data)
    await reopened.flush()
  })

  it('a bad file changes nothing and says why; a good one is backed up first', async () => {
    const core = await newCore()
    await seed(core)
    const before = JSON.stringify(core.store.data)
    const { text } = await ok<{ text: string }>(core, 'data.export', {})
    const broken = JSON.parse(text)
    broken.data.wins[0].date = 'yesterday'
    const cases: [string, RegExp][] = [
      ['{"format":"loopwise-export","version":1,"data":', /not valid JSON/],
      ['{"hello":1}', /not a Loopwise export/],
      [JSON.stringify({ ...JSON.parse(text), version: 99 }), /newer Loopwise/],
      [JSON.stringify(broken), /wins\.0\.date/]
    ]
    for (const [bad, why] of cases) {
      for (const route of ['data.importPreview', 'data.importApply']) {
        const r = await core.dispatch(route, { text: bad, mode: 'replace' })
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.error.message).toMatch(why)
      }
    }
    expect(JSON.stringify(core.store.data)).toBe(before)
    expect((await core.store.backups.list()).filter((b) => b.reason === 'pre-import')).toEqual([])
    const applied = await ok<{ backupFile: string }>(core, 'data.importApply', { text, mode: 'merge' })
    expect(applied.backupFile).toMatch(/pre-import/)
    expect(JSON.parse(gunzipSync(readFileSync(applied.backupFile)).toString('utf8'))).toEqual(JSON.parse(before))
    await core.close()
  })

  it('exports wins as Markdown', async () => {
    const core = await newCore()
    await seed(core)
    const { text, fileName } = await ok<{ text: string; fileName: string }>(core, 'data.exportWinsMarkdown', {})
    expect(fileName).toMatch(/\.md$/)
    expect(text).toContain('## 2026 Q1')
    expect(text).toContain('### Strategy v1 (2026-02-01)')
    await core.close()
  })
})

describe('dashboard timeline', () => {
  it('caps each lane with full counts, and gives one whole quarter on request', async () => {
    const core = await newCore()
    for (let i = 1; i <= 5; i++) await ok(core, 'wins.create', { date: `2026-02-0${i}`, title: `Win ${i}` })
    await ok(core, 'wins.create', { date: '2026-05-01', title: 'Next quarter' })
    const quarters = await ok<{ quarter: string; ledTo: unknown[]; counts: { ledTo: number } }[]>(core, 'dashboard.timeline', {})
    expect(quarters.map((q) => [q.quarter, q.ledTo.length, q.counts.ledTo])).toEqual([
      ['2026-Q1', 3, 5],
      ['2026-Q2', 1, 1]
    ])
    const one = await ok<{ quarter: string; ledTo: unknown[] }[]>(core, 'dashboard.timeline', { quarter: '2026-Q1' })
    expect(one.map((q) => [q.quarter, q.ledTo.length])).toEqual([['2026-Q1', 5]])
    expect(await core.dispatch('dashboard.timeline', { quarter: 'Q1' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })
})

describe('sample mode', () => {
  it('switches every service to a separate folder and back, never touching the user data', async () => {
    const core = await newCore()
    await seed(core)
    const before = JSON.stringify(core.store.data)
    const entered = await ok<{ active: boolean; folder: string }>(core, 'sample.enter', {})
    expect(entered.active).toBe(true)
    const people = await ok<{ name: string }[]>(core, 'people.list', {})
    expect(people.map((p) => p.name)).toEqual(['Dana Okafor', 'Morgan Lee'])
    const timeline = await ok<{ delivered: unknown[] }[]>(core, 'dashboard.timeline', {})
    expect(timeline.flatMap((q) => q.delivered)).toHaveLength(3)
    // A change in sample mode goes to the sample folder.
    await ok(core, 'wins.create', { date: '2026-03-01', title: 'Sample-only win' })
    expect(JSON.stringify(core.services.store.data)).toContain('Sample-only win')
    // core.store is the user's own store: untouched.
    expect(JSON.stringify(core.store.data)).toBe(before)
    await ok(core, 'sample.leave', {})
    expect((await ok<{ title: string }[]>(core, 'wins.list', {})).map((w) => w.title)).toEqual(['Strategy v1'])
    await core.close()
    expect(readFileSync(join(entered.folder, 'loopwise.json'), 'utf8')).toContain('Sample-only win')
    expect(readFileSync(core.store.file, 'utf8')).not.toContain('Sample-only win')
  })
})

describe('brag import routes', () => {
  it('previews without saving, then saves the reviewed wins together', async () => {
    const core = await newCore()
    const candidates = await ok<{ title: string; date: string; metrics: unknown[] }[]>(core, 'data.bragPreview', {
      markdown: '## Q2 2025\n- Cut onboarding from 10 days to 3 days\n- Ran the rollout'
    })
    expect(candidates).toHaveLength(2)
    expect((await ok<unknown[]>(core, 'wins.list', {})).length).toBe(0)
    await ok(core, 'data.bragSave', { wins: candidates.map((c) => ({ title: c.title, date: c.date, metrics: c.metrics })) })
    expect((await ok<unknown[]>(core, 'wins.list', {})).length).toBe(2)
    await core.close()
  })
})
