// npm run bench [-- --quick]: one table of figures, every comparison measured side by side.
import { cpus, totalmem } from 'node:os'
import { storeBench } from './storeBench'
import type { Row } from './stats'

const quick = process.argv.includes('--quick')
const sizes = quick ? [100, 1_000] : [100, 1_000, 10_000]

async function main() {
  const started = Date.now()
  const rows: Row[] = []
  rows.push(...(await storeBench(sizes, quick ? 20 : 60, quick ? 2 : 5)))
  const machine = `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
  console.log(`\nLoopwise benchmark${quick ? ' (quick)' : ''} — ${machine}\n`)
  console.log('| area | measure | value | target | met |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const r of rows) console.log(`| ${r.area} | ${r.measure} | ${r.value} | ${r.target} | ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'} |`)
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`)
}

void main()
