// npm run bench [-- --quick]: one table of figures, every comparison measured side by side.
import { cpus, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import { builtinBench } from './builtinBench'
import { compactionBench } from './compactionBench'
import { contextBench } from './contextBench'
import { editBench } from './editBench'
import { promptBench } from './promptBench'
import { routeBench, scalingBench } from './routeBench'
import { pagesBench } from './pagesBench'
import { storeBench } from './storeBench'
import { streamBench } from './streamBench'
import { uiBench } from './uiBench'
import type { Row } from './stats'

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } })
const quick = values.quick ?? false
// --only=ui,stream,prompt,routes… runs some areas (for working on one); the UI area needs the stream server.
const only = values.only?.split(',')
const run = (area: string) => !only || only.includes(area) || (area === 'stream' && only.includes('ui'))
const sizes = quick ? [100, 1_000] : [100, 1_000, 10_000]

async function main() {
  const started = Date.now()
  const rows: Row[] = []
  if (run('store')) rows.push(...(await storeBench(sizes, quick ? 20 : 60, quick ? 2 : 5)))
  // The quick run is CI's smoke (a crash fails it); the targets are judged on the full run.
  if (run('compaction'))
    rows.push(
      ...(await compactionBench(
        quick
          ? { sizes: [1_000], saves: 600, opSizes: [1_000, 5_000], startSize: 2_000, backupSize: 1_000, rounds: 3 }
          : { sizes: [1_000, 10_000, 50_000], saves: 2_000, opSizes: [10_000, 100_000], startSize: 50_000, backupSize: 50_000, rounds: 41 }
      ))
    )
  if (run('builtin')) rows.push(...(await builtinBench(sizes, quick ? 2 : 5)))
  if (run('context')) rows.push(...(await contextBench(sizes, quick ? 2 : 5)))
  if (run('prompt')) rows.push(...(await promptBench(quick ? [100, 1_000] : [100, 10_000, 50_000])))
  if (run('routes')) {
    rows.push(...(await routeBench(quick ? 1_000 : 50_000, quick ? 2 : 5)))
    if (!quick) rows.push(...(await scalingBench(10_000, 50_000)))
  }
  if (run('edit')) rows.push(...(await editBench(quick ? [1_000] : [10_000, 50_000], quick ? 3 : 9)))
  // Needs out/ (npm run build); the paged lists at 50,000 wins, their longest main-thread task.
  // BENCH_BUILDS=a,b (folders holding a build's out/ contents) measures builds side by side, in turns.
  if (run('pages') && !quick) {
    const builds = process.env.BENCH_BUILDS?.split(',')
    if (!builds) rows.push(...(await pagesBench(50_000)))
    else for (let turn = 0; turn < 2; turn++) for (const b of builds) rows.push(...(await pagesBench(50_000, b, `${b} #${turn + 1}`)))
  }
  if (run('stream')) {
    const stream = await streamBench(quick ? 2 : 7)
    rows.push(...stream.rows)
    if (run('ui'))
      rows.push(...(await uiBench({ wins: sizes.at(-1)!, runs: quick ? 1 : 3, streamRuns: quick ? 2 : 9, stream: stream.server })))
    await stream.server.close()
  }
  const machine = `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
  console.log(`\nLoopwise benchmark${quick ? ' (quick)' : ''} — ${machine}\n`)
  console.log('| area | measure | value | target | met |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const r of rows) console.log(`| ${r.area} | ${r.measure} | ${r.value} | ${r.target} | ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'} |`)
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`)
}

void main()
