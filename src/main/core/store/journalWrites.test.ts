import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import { join } from 'node:path'
import { Journal, SYNC_WRITES } from './journal'
import { tempDataDir } from './testing'

const line = (seq: number) => ({ seq, ops: [{ set: 'profile', value: { name: `n${seq}` } }] })
const linux = process.platform === 'linux'

describe.runIf(linux)('journal appends: synchronous while the disk is fast, the thread pool otherwise (O_DSYNC, Linux)', () => {
  it('a slow synchronous write sends later appends to the thread pool; fast pool writes bring it back; every line is read back', async () => {
    const journal = new Journal(join(tempDataDir(), 'loopwise.journal'))
    await journal.append(line(1))
    await journal.append(line(2))
    expect(journal.writes).toEqual({ sync: 2, async: 0 })

    // The disk stalls for one write (longer than slowSyncMs): that one write blocks, the next go to the pool.
    const writeSync = fs.writeSync
    fs.writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
      const until = performance.now() + SYNC_WRITES.slowSyncMs + 2
      while (performance.now() < until);
      return (writeSync as (...a: unknown[]) => number)(...args)
    }) as typeof fs.writeSync
    try {
      await journal.append(line(3))
      await journal.append(line(4))
      await journal.append(line(5))
    } finally {
      fs.writeSync = writeSync
    }
    expect(journal.writes).toEqual({ sync: 3, async: 2 })

    // The pool's writes are fast again: after fastRun of them in a row, appends are synchronous again.
    let seq = 6
    while (journal.writes.sync === 3 && seq < 600) await journal.append(line(seq++))
    if (journal.writes.sync > 3) expect(journal.writes.async).toBeGreaterThanOrEqual(2 + SYNC_WRITES.fastRun)
    // Under a heavy load the pool may never give fastRun quick writes in a row; then this cannot be judged.
    else console.log('journalWrites: the pool was slow (loaded machine); the way back to synchronous writes was not judged')

    const read = await new Journal(journal.file).read()
    expect(read.lines.map((l) => l.seq)).toEqual(Array.from({ length: seq - 1 }, (_, i) => i + 1))
    await journal.close()
  })

  it('while a snapshot is written beside it (diskBusy), appends go through the thread pool', async () => {
    const journal = new Journal(join(tempDataDir(), 'loopwise.journal'))
    journal.diskBusy = true
    await journal.append(line(1))
    journal.diskBusy = false
    await journal.append(line(2))
    expect(journal.writes).toEqual({ sync: 1, async: 1 })
    await journal.close()
  })
})
