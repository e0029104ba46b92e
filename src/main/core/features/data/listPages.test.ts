import { describe, expect, it } from 'vitest'
import { createCore } from '../../app/createCore'
import { tempDataDir } from '../../store/testing'

const open = () => createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })
const must = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.data
}

describe('list routes answer a page with the total', () => {
  it('check-ins, commitments and drafts page through the same order as their lists, and a change shows at once', async () => {
    const core = await open()
    const boss = must(await core.dispatch('people.create', { name: 'Dana Okafor', role: 'manager' }))
    for (let i = 0; i < 7; i++) {
      const day = `2026-0${1 + i}-10`
      must(
        await core.dispatch('checkIns.create', {
          checkIn: { personId: boss.id, date: day, offer: `Offer ${i}` },
          commitment: { title: `Deliver thing ${i}` }
        })
      )
      must(
        await core.dispatch('drafts.save', {
          kind: 'summary',
          title: `Draft ${i}`,
          text: 'x',
          status: 'complete',
          engine: 'builtin',
          model: ''
        })
      )
    }
    const all = must(await core.dispatch('checkIns.list', {}))
    const first = must(await core.dispatch('checkIns.page', { offset: 0, limit: 3 }))
    const last = must(await core.dispatch('checkIns.page', { offset: 6, limit: 3 }))
    expect(first.total).toBe(7)
    expect([...first.items, ...must(await core.dispatch('checkIns.page', { offset: 3, limit: 3 })).items, ...last.items]).toEqual(all)
    expect(last.items).toHaveLength(1)

    const commitments = must(await core.dispatch('commitments.list', { open: true }))
    const page = must(await core.dispatch('commitments.page', { open: true, offset: 2, limit: 2 }))
    expect(page.total).toBe(commitments.length)
    expect(page.items.map((c) => c.id)).toEqual(commitments.slice(2, 4).map((c) => c.id))
    expect(page.items[0]).toHaveProperty('linkedWins')

    // The cached order follows the collection: a delete is on the next page asked for.
    must(await core.dispatch('checkIns.delete', { id: all[0]!.id }))
    expect(must(await core.dispatch('checkIns.page', { offset: 0, limit: 3 })).items[0]!.id).toBe(all[1]!.id)

    const drafts = must(await core.dispatch('drafts.page', { limit: 5 }))
    expect(drafts.total).toBe(7)
    expect(drafts.items.map((d) => d.title)).toEqual(
      must(await core.dispatch('drafts.list', {}))
        .slice(0, 5)
        .map((d) => d.title)
    )

    for (const [route, input] of [
      ['checkIns.page', { offset: -1, limit: 5 }],
      ['commitments.page', { offset: 0, limit: 500 }],
      ['drafts.page', { offset: 0, limit: 0 }]
    ] as const)
      expect(await core.dispatch(route, input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })

  it('Ctrl+K history search runs in the core and returns at most the limit', async () => {
    const core = await open()
    const boss = must(await core.dispatch('people.create', { name: 'Dana Okafor', role: 'manager' }))
    for (let i = 0; i < 40; i++)
      must(await core.dispatch('checkIns.create', { checkIn: { personId: boss.id, date: '2026-02-10', offer: `Pricing review ${i}` } }))
    const found = must(await core.dispatch('search.history', { query: 'pricing review', limit: 10 }))
    expect(found.hits).toHaveLength(10)
    expect(found.more).toBe(true)
    expect(found.hits.every((h) => h.kind === 'checkIn' && h.title === 'Dana Okafor')).toBe(true)
    const person = must(await core.dispatch('search.history', { query: 'okafor' }))
    expect(person.hits[0]).toMatchObject({ kind: 'person', id: boss.id, status: 'manager' })
    expect(await core.dispatch('search.history', { query: 'a' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })
})
