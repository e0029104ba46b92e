import { describe, expect, it } from 'vitest'
import { createCore } from '../createCore'
import { tempDataDir } from '../store/testing'

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
})
