import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Win } from '../../../shared/domain/win'
import { Store } from './Store'
import { storedWin, tempDataDir } from './testing'

const freshDir = () => join(tempDataDir(), 'data')
const ids = (list: readonly { id: string }[]) => list.map((w) => w.id)

describe('lists handed out by the store', () => {
  it('a list held across an await is unchanged after saves, and each new version is a new array', async () => {
    const store = await Store.open({ dataDir: freshDir(), idleCompaction: false })
    for (const t of ['a', 'b', 'c']) await store.put('wins', storedWin(t))
    const held = store.data.wins
    const heldGoals = store.data.goals
    const snapshot = JSON.stringify(held)
    await store.put('wins', { ...storedWin('a'), title: 'changed' })
    await store.remove('wins', 'b')
    await store.put('wins', storedWin('d'))
    expect(JSON.stringify(held)).toBe(snapshot)
    expect(Object.isFrozen(held)).toBe(true)
    const now = store.data.wins
    expect(now).not.toBe(held)
    expect(ids(now)).toEqual(['a', 'c', 'd'])
    expect(now[0]!.title).toBe('changed')
    // Read twice without a change: the same array; an untouched collection keeps its array.
    expect(store.data.wins).toBe(now)
    expect(store.data.goals).toBe(heldGoals)
    await store.flush()
  })

  it('a document held across saves, its lists never read before them, still shows its own version', async () => {
    const store = await Store.open({ dataDir: freshDir(), idleCompaction: false })
    await store.put('wins', storedWin('a'))
    const doc = store.data // nothing read from it yet
    await store.put('wins', storedWin('b'))
    await store.remove('wins', 'a')
    await store.change((c) => c.put('goals', { id: 'g', title: 'Goal', createdAt: '2026-01-01T00:00:00.000Z' } as never))
    expect(ids(doc.wins)).toEqual(['a'])
    expect(doc.goals).toEqual([])
    expect(ids(store.data.wins)).toEqual(['b'])
    // Spread, entries and JSON see every list.
    expect(Object.keys({ ...doc })).toEqual(Object.keys(store.data))
    expect(JSON.parse(JSON.stringify(doc)).wins).toHaveLength(1)
    await store.flush()
  })

  it('a change that throws leaves the lists and the document as they were', async () => {
    const store = await Store.open({ dataDir: freshDir(), idleCompaction: false })
    await store.put('wins', storedWin('a'))
    const doc = store.data
    const wins = doc.wins
    await expect(
      store.change((c) => {
        c.put('wins', storedWin('b'))
        expect(ids(c.list('wins'))).toEqual(['a', 'b'])
        throw new Error('refused')
      })
    ).rejects.toThrow('refused')
    expect(store.data).toBe(doc)
    expect(store.data.wins).toBe(wins)
    await store.flush()
  })
})

type Op =
  | { kind: 'put'; id: string; title: string }
  | { kind: 'remove'; id: string }
  | { kind: 'undo' }
  | { kind: 'replaceAll'; ids: string[] }
  | { kind: 'reopen' }
  | { kind: 'compact' }

const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('put' as const), id: idArb, title: fc.stringMatching(/^[a-z]{1,6}$/) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), id: idArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replaceAll' as const), ids: fc.uniqueArray(idArb, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const) }) }
)

describe('the store against a plain-array model', () => {
  it('random put / remove / undo / replaceAll, with reopens and compactions: memory and disk equal the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const dataDir = freshDir()
        let store = await Store.open({ dataDir, idleCompaction: false })
        let model: Win[] = []
        const removed: Win[] = []
        // Lists handed out along the way, with what they held then: none may change afterwards.
        const held: Array<{ list: readonly Win[]; text: string }> = []
        for (const op of ops) {
          if (op.kind === 'put') {
            const win = { ...storedWin(op.title, op.id) }
            await store.put('wins', win)
            const at = model.findIndex((w) => w.id === op.id)
            model = at >= 0 ? model.map((w, i) => (i === at ? win : w)) : [...model, win]
          } else if (op.kind === 'remove') {
            const gone = await store.remove('wins', op.id)
            const was = model.find((w) => w.id === op.id)
            expect(gone).toEqual(was)
            if (was) removed.push(was)
            model = model.filter((w) => w.id !== op.id)
          } else if (op.kind === 'undo') {
            const win = removed.pop()
            if (!win || model.some((w) => w.id === win.id)) continue
            await store.put('wins', win) // a restore appends, as the wins room's undo does
            model = [...model, win]
          } else if (op.kind === 'replaceAll') {
            const list = op.ids.map((id) => storedWin(`all ${id}`, id))
            await store.change((c) => c.replaceAll('wins', list))
            model = list
          } else if (op.kind === 'compact') await store.compact()
          else {
            await store.flush()
            store = await Store.open({ dataDir, idleCompaction: false })
          }
          expect(store.data.wins).toEqual(model)
          for (const w of model) expect(store.find('wins', w.id)).toEqual(w)
          held.push({ list: store.data.wins, text: JSON.stringify(store.data.wins) })
        }
        for (const h of held) expect(JSON.stringify(h.list)).toBe(h.text)
        // A crash: no flush, a new store reads snapshot + journal.
        const again = await Store.open({ dataDir, idleCompaction: false })
        expect(again.data.wins).toEqual(model)
        await again.flush()
        await store.flush()
        const last = await Store.open({ dataDir, idleCompaction: false })
        expect(last.data.wins).toEqual(model)
        await last.flush()
      }),
      { numRuns: 40, seed: 18 }
    )
  }, 60_000)
})
