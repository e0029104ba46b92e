import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import { join } from 'node:path'
import { Journal, SYNC_WRITES } from './journal'
import { tempDataDir } from './testing'

const line = (seq: number) => ({ seq, ops: [{ set: 'profile', value: { name: `n${seq}` } }] })
const linux = process.platform === 'linux'
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

describe.runIf(linux)('journal appends: synchronous while the disk is fast, the thread pool otherwise (O_DSYNC, Linux)', () => {
  it('a slow synchronous write sends later appends to the thread pool; fast pool writes bring it back; every line is read back', async () => {
    // "Slow" at 50 ms here, so a busy machine's own slow writes do not count; the injected stall is 60 ms.
    const timing = { ...SYNC_WRITES, slowSyncMs: 50, turnBudgetMs: 1_000 }
    const journal = new Journal(join(tempDataDir(), 'loopwise.journal'), timing)
    await journal.append(line(1))
    await journal.append(line(2))
    expect(journal.writes).toEqual({ sync: 2, async: 0, yielded: 0, slow: 0 })

    // The disk stalls for one write (longer than slowSyncMs): that one write blocks, the next go to the pool.
    const writeSync = fs.writeSync
    fs.writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
      const until = performance.now() + timing.slowSyncMs + 10
      while (performance.now() < until);
      return (writeSync as (...a: unknown[]) => number)(...args)
    }) as typeof fs.writeSync
    await nextTurn() // a fresh turn of the loop: its budget is not spent
    try {
      await journal.append(line(3))
      await journal.append(line(4))
      await journal.append(line(5))
    } finally {
      fs.writeSync = writeSync
    }
    expect(journal.writes).toEqual({ sync: 3, async: 2, yielded: 0, slow: 1 })

    // The pool's writes are fast again: after fastRun of them in a row, appends are synchronous again.
    let seq = 6
    while (journal.writes.sync === 3 && seq < 600) {
      await journal.append(line(seq++))
      await nextTurn()
    }
    if (journal.writes.sync > 3) expect(journal.writes.async).toBeGreaterThanOrEqual(2 * timing.fastRun)
    // Under a heavy load the pool may never give fastRun quick writes in a row; then this cannot be judged.
    else console.log('journalWrites: the pool was slow (loaded machine); the way back to synchronous writes was not judged')

    const read = await new Journal(journal.file).read()
    expect(read.lines.map((l) => l.seq)).toEqual(Array.from({ length: seq - 1 }, (_, i) => i + 1))
    await journal.close()
  })

  it('saves awaited one after another in one task let the event loop turn once the turn budget is spent', async () => {
    const journal = new Journal(join(tempDataDir(), 'loopwise.journal'), { ...SYNC_WRITES, slowSyncMs: 50 })
    await journal.append(line(1))
    let turned = false
    setImmediate(() => {
      turned = true
    })
    const started = performance.now()
    let seq = 2
    // Synchronous writes alone would never let the immediate run: this loop would go on for a second.
    while (!turned && performance.now() - started < 1_000) await journal.append(line(seq++))
    expect(turned).toBe(true)
    // On a loaded machine a write slower than slowSyncMs may have sent appends to the pool first.
    if (journal.writes.yielded === 0) console.log('journalWrites: a slow write turned the loop before the turn budget did (loaded machine)')
    else expect(journal.writes.yielded).toBeGreaterThan(0)
    await journal.close()
  })

  it('while a snapshot is written beside it (diskBusy), appends go through the thread pool', async () => {
    const journal = new Journal(join(tempDataDir(), 'loopwise.journal'))
    let release = () => {}
    const busy = journal.besideBigWrite(() => new Promise<void>((resolve) => (release = resolve)))
    expect(journal.diskBusy).toBe(true)
    await journal.append(line(1))
    release()
    await busy
    await journal.append(line(2))
    expect(journal.writes).toEqual({ sync: 1, async: 1, yielded: 0, slow: 0 })
    await journal.close()
  })
})
