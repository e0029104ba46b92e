import { describe, expect, it } from 'vitest'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { JOURNAL_FILE_NAME, Store } from './Store'
import { storedWin, tempDataDir } from './testing'

describe('store.change and collection versions', () => {
  it('one change writes several collections in one save, and a reopen (journal replay) has all of it', async () => {
    const dataDir = tempDataDir()
    const store = await Store.open({ dataDir, idleCompaction: false })
    await store.put('wins', storedWin('a'))
    await store.put('wins', { ...storedWin('b'), commitmentId: 'c1' })
    await store.change((change) => {
      change.remove('wins', 'a')
      const b = change.find('wins', 'b')!
      const { commitmentId: _gone, ...rest } = b
      change.put('wins', rest)
      change.set('profile', { ...change.value('profile'), name: 'Sam' })
    })
    expect(store.data.wins.map((w) => [w.id, w.commitmentId])).toEqual([['b', undefined]])
    await store.flush()
    const again = await Store.open({ dataDir, idleCompaction: false })
    expect(again.data.wins.map((w) => [w.id, w.commitmentId])).toEqual([['b', undefined]])
    expect(again.data.profile.name).toBe('Sam')
    await again.flush()
  })

  it('a change that throws writes nothing and bumps no version', async () => {
    const store = await Store.open({ dataDir: tempDataDir(), idleCompaction: false })
    await store.put('wins', storedWin('a'))
    const before = store.versionKey('wins', 'people')
    await expect(
      store.change((change) => {
        change.remove('wins', 'a')
        throw new Error('refused')
      })
    ).rejects.toThrow('refused')
    expect(store.data.wins).toHaveLength(1)
    expect(store.versionKey('wins', 'people')).toBe(before)
    await store.flush()
  })

  it('a write bumps the version of what it wrote and nothing else; a reopen changes every version', async () => {
    const dataDir = tempDataDir()
    const store = await Store.open({ dataDir, idleCompaction: false })
    const wins0 = store.version('wins')
    const people0 = store.version('people')
    await store.put('wins', storedWin('a'))
    expect(store.version('wins')).not.toBe(wins0)
    expect(store.version('people')).toBe(people0)
    const wins1 = store.version('wins')
    await store.remove('wins', 'a')
    expect(store.version('wins')).not.toBe(wins1)
    const wins2 = store.version('wins')
    await store.remove('wins', 'missing') // nothing there: nothing written
    expect(store.version('wins')).toBe(wins2)
    await store.flush()
    const other = await Store.open({ dataDir, idleCompaction: false })
    // Another store (a reopen, the sample folder) never shares a version with this one.
    expect(other.version('wins')).not.toBe(wins2)
    expect(other.version('people')).not.toBe(people0)
    await other.flush()
  })
})

describe('a big change', () => {
  it('replacing a collection of thousands is written as a snapshot, and reads back after a reopen', async () => {
    const dataDir = tempDataDir()
    const store = await Store.open({ dataDir, idleCompaction: false })
    const wins = Array.from({ length: 2_500 }, (_, i) => storedWin(`w${i}`))
    await store.change((change) => change.replaceAll('wins', wins))
    // Not one line of ~1 MB in the journal: the whole file was written instead.
    const journal = join(dataDir, JOURNAL_FILE_NAME)
    expect(existsSync(journal) ? statSync(journal).size : 0).toBeLessThan(50_000)
    await store.flush()
    const again = await Store.open({ dataDir, idleCompaction: false })
    expect(again.data.wins).toHaveLength(2_500)
    expect(again.find('wins', 'w2499')?.title).toBe('w2499')
    await again.flush()
  })
})
