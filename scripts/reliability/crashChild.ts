// Child of the crash-safety test: opens the real core on a data folder and saves wins as
// fast as it can from three concurrent callers (so coalesced writes are exercised too),
// printing `ack <title>` the moment each save is reported done. The parent SIGKILLs it.
import { writeSync } from 'node:fs'
import { createCore } from '../../src/main/core/app/createCore'
import { quietLogger } from './lib'

/**
 * Synchronous, whole-line writes to the parent. stdout is a non-blocking pipe: when the
 * parent falls behind, writeSync throws EAGAIN (or takes part of the line); wait and go on.
 */
function writeLine(line: string) {
  const bytes = Buffer.from(line)
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset, bytes.length - offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2)
    }
  }
}

async function main() {
  const [dataDir, round] = process.argv.slice(2)
  if (!dataDir || !round) throw new Error('usage: crashChild <dataDir> <round>')
  const core = await createCore({ dataDir, mode: 'browser', version: 'reliability', logger: quietLogger })
  writeLine(`ready ${core.store.data.wins.length}\n`)
  const worker = async (w: number) => {
    for (let i = 0; ; i++) {
      const title = `${round}-${w}-${i}`
      const result = await core.dispatch('wins.create', { date: '2026-01-15', title, impact: 'crash test' })
      // A synchronous write: the parent has the line before the next save starts.
      if (result.ok) writeLine(`ack ${title}\n`)
      else writeLine(`err ${result.error.code} ${result.error.message}\n`)
    }
  }
  await Promise.all([0, 1, 2].map(worker))
}

main().catch((error) => {
  writeSync(2, `child failed: ${(error as Error).stack}\n`)
  process.exit(3)
})
