import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storedWin } from './testing'
import { Store } from './Store'

describe('data folder deleted while the app runs', () => {
  it('reports the next save as not saved (the open journal would swallow it) and a retry writes it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'loopwise-gone-')), 'data')
    const store = await Store.open({ dataDir: dir })
    await store.update((d) => void d.wins.push(storedWin('first')))
    // The start's snapshot and backup run in the background: let them finish, or the delete
    // races them (rm finds a file being written: ENOTEMPTY).
    await store.flush()
    rmSync(dir, { recursive: true, force: true })
    await expect(store.update((d) => void d.wins.push(storedWin('second')))).rejects.toMatchObject({ code: 'STORAGE' })
    expect(store.getStatus().saved).toBe(false)
    expect(store.data.wins.map((w) => w.title)).toEqual(['first', 'second'])
    mkdirSync(dir)
    await store.retrySave()
    await store.flush()
    const again = await Store.open({ dataDir: dir })
    expect(again.data.wins.map((w) => w.title)).toEqual(['first', 'second'])
    await again.flush()
  })
})
