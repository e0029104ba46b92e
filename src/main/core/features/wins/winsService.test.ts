import { describe, expect, it } from 'vitest'
import { createCore } from '../../app/createCore'
import { tempDataDir } from '../../store/testing'

const open = () => createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })

describe('wins routes', () => {
  it('create, list newest first, search, tag filter, update, delete and undo', async () => {
    const core = await open()
    const a = await core.dispatch('wins.create', {
      date: '2025-03-01',
      title: 'Strategy doc v1',
      impact: 'CPO adopted it',
      tags: ['Strategy']
    })
    const b = await core.dispatch('wins.create', {
      date: '2025-06-10',
      title: 'Planning tool rollout',
      metrics: [{ label: 'Teams migrated', value: 6, unit: 'teams' }],
      tags: ['ops']
    })
    expect(a.ok && b.ok).toBe(true)
    if (!a.ok || !b.ok) return
    const list = await core.dispatch('wins.list', {})
    expect(list.ok && list.data.map((w: { title: string }) => w.title)).toEqual(['Planning tool rollout', 'Strategy doc v1'])
    expect(await core.dispatch('wins.list', { query: 'cpo adopted' })).toMatchObject({ ok: true, data: [{ id: a.data.id }] })
    expect(await core.dispatch('wins.list', { query: 'teams migrated' })).toMatchObject({ ok: true, data: [{ id: b.data.id }] })
    expect(await core.dispatch('wins.list', { tag: 'strategy' })).toMatchObject({ ok: true, data: [{ id: a.data.id }] })
    expect(await core.dispatch('wins.tags', {})).toMatchObject({
      ok: true,
      data: [
        { tag: 'ops', count: 1 },
        { tag: 'strategy', count: 1 }
      ]
    })

    const updated = await core.dispatch('wins.update', { id: a.data.id, win: { date: '2025-03-01', title: 'Strategy doc v1 (80% used)' } })
    expect(updated).toMatchObject({ ok: true, data: { id: a.data.id, createdAt: a.data.createdAt } })

    const deleted = await core.dispatch('wins.delete', { id: a.data.id })
    expect(deleted.ok).toBe(true)
    if (!deleted.ok) return
    expect(await core.dispatch('wins.get', { id: a.data.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await core.dispatch('wins.restore', { win: deleted.data })).toMatchObject({ ok: true })
    expect(await core.dispatch('wins.restore', { win: deleted.data })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await core.dispatch('wins.get', { id: a.data.id })).toMatchObject({ ok: true, data: { title: 'Strategy doc v1 (80% used)' } })
    await core.close()
  })

  it('rejects a metric without a number and an evidence link that is not http(s)', async () => {
    const core = await open()
    const bad = await core.dispatch('wins.create', {
      date: '2025-03-01',
      title: 'x',
      metrics: [{ label: 'Cycle time', value: 'fast' }],
      evidence: [{ url: 'javascript:alert(1)' }]
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(core.store.data.wins).toEqual([])
    await core.close()
  })

  it('keeps the newest few (limit) and pages through matches with their total, following every change', async () => {
    const core = await open()
    for (let i = 1; i <= 7; i++) {
      const r = await core.dispatch('wins.create', { date: `2025-0${i}-01`, title: `Win ${i}`, tags: i % 2 ? ['odd'] : ['even'] })
      expect(r.ok).toBe(true)
    }
    const titles = (r: { ok: boolean; data?: unknown }) => (r.data as { title: string }[]).map((w) => w.title)
    expect(titles(await core.dispatch('wins.list', { limit: 2 }))).toEqual(['Win 7', 'Win 6'])
    expect(titles(await core.dispatch('wins.list', { tag: 'odd', limit: 3 }))).toEqual(['Win 7', 'Win 5', 'Win 3'])
    expect(await core.dispatch('wins.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })

    const page = await core.dispatch('wins.page', { tag: 'odd', offset: 1, limit: 2 })
    expect(page).toMatchObject({ ok: true, data: { total: 4, offset: 1, wins: [{ title: 'Win 5' }, { title: 'Win 3' }] } })
    // A change after a page was served is seen by the next page (the cached matches follow the store).
    await core.dispatch('wins.create', { date: '2025-09-01', title: 'Win 9', tags: ['odd'] })
    expect(await core.dispatch('wins.page', { tag: 'odd', offset: 0, limit: 1 })).toMatchObject({
      ok: true,
      data: { total: 5, wins: [{ title: 'Win 9' }] }
    })
    expect(await core.dispatch('wins.page', { query: 'win 3', offset: 0, limit: 10 })).toMatchObject({
      ok: true,
      data: { total: 1, wins: [{ title: 'Win 3' }] }
    })
    expect(await core.dispatch('wins.page', { offset: 0, limit: 501 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })
})
