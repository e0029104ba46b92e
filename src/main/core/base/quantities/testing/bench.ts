/**
 * Speed and size of the quantities module, printed (never asserted: the machine is shared).
 * Run: npx tsx src/main/core/base/quantities/testing/bench.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { buildFactsIndex, matchClaim, parseQuantities } from '../index'
import type { SourceRecord } from '../types'

const ROOT = resolve(__dirname, '../../../../../..')

const DIGITS =
  'Cut p95 latency from 820 ms to 310 ms for 1,234 users and saved $1.2M in annual cloud spend. Migrated 14 services in 6 weeks; ' +
  'deploys take 12 minutes, down from 45. Conversion rose from 12% to 18% across 3 other teams (~15%) -> now <1%. '
const WORDS =
  'We doubled throughput and cut costs in half over six weeks. Ten engineers and a dozen services moved three months early; ' +
  'three quarters of teams adopted it, about twenty a week, half of what it had been, from nine days to three. '
const PROSE =
  'I talked to the leads, wrote the proposal, and ran the review with the product team. The migration landed well and the ' +
  'team now owns the runbook; the manager asked me to present it at the all-hands in March 2026. '

const words = (s: string) => s.split(/\s+/).filter(Boolean).length

function msPer1000Words(text: string, reps: number): number {
  parseQuantities(text)
  const t = performance.now()
  for (let i = 0; i < reps; i++) parseQuantities(text)
  return ((performance.now() - t) / reps / words(text)) * 1000
}

const repeat = (s: string, n: number) => Array.from({ length: n }, () => s).join('')

function records(n: number): SourceRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `w${i}`,
    label: `Win ${i}: shipped the billing migration`,
    date: `20${15 + (i % 11)}-0${1 + (i % 9)}-1${i % 10}`,
    texts: [i % 3 === 0 ? DIGITS : i % 3 === 1 ? WORDS : PROSE],
    metrics: [{ label: 'p95 latency', value: 300 + (i % 50), unit: 'ms', baseline: 800 + (i % 40) }]
  }))
}

async function bundleSize(entry: string, external: string[]): Promise<{ min: number; gz: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lw-bundle-'))
  try {
    const out = join(dir, 'out.js')
    await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      outfile: out,
      external,
      logLevel: 'silent'
    })
    const bytes = readFileSync(out)
    return { min: statSync(out).size, gz: gzipSync(bytes).length }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function coldImportMs(spec: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'lw-import-'))
  try {
    const file = join(dir, 'probe.cjs')
    writeFileSync(file, `const t=performance.now();require(${JSON.stringify(spec)});console.log(performance.now()-t)`)
    return Number(
      execFileSync(process.execPath, [file], { cwd: ROOT, env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } })
        .toString()
        .trim()
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const f = (n: number) => n.toFixed(2)
  console.log('quantities — parse speed (ms per 1,000 words, warm, median of a run):')
  console.log(`  digits-heavy text     ${f(msPer1000Words(repeat(DIGITS, 40), 20))}`)
  console.log(`  number words          ${f(msPer1000Words(repeat(WORDS, 40), 20))}`)
  console.log(`  prose, few amounts    ${f(msPer1000Words(repeat(PROSE, 40), 20))}`)

  for (const n of [1_000, 10_000]) {
    const recs = records(n)
    const t = performance.now()
    const index = buildFactsIndex(recs)
    const built = performance.now() - t
    const claims = parseQuantities(repeat('Cut p95 latency by 62% and saved $1.2M; took 14 weeks; 3x faster; 40 clusters. ', 20))
    const t1 = performance.now()
    matchClaim(claims[0]!, index)
    const lookup = performance.now() - t1
    const t2 = performance.now()
    let supported = 0
    for (const c of claims) if (matchClaim(c, index).supported) supported++
    const matched = performance.now() - t2
    console.log(
      `facts index of ${n.toLocaleString('en-US')} records: ${index.facts.length.toLocaleString('en-US')} facts in ${built.toFixed(0)} ms, ` +
        `value lookup built on first claim in ${lookup.toFixed(0)} ms; ${claims.length} claims matched in ${matched.toFixed(0)} ms ` +
        `(${(matched / claims.length).toFixed(2)} ms each, ${supported} supported)`
    )
  }

  console.log('cold import (fresh node process):')
  for (const spec of ['compromise', 'chrono-node', 'wink-porter2-stemmer'])
    console.log(`  ${spec.padEnd(22)} ${coldImportMs(spec).toFixed(0)} ms`)

  const entry = join(ROOT, 'src/main/core/base/quantities/index.ts')
  const english = join(ROOT, 'src/main/core/base/english/index.ts')
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`
  const own = await bundleSize(entry, ['compromise', 'chrono-node', 'wink-porter2-stemmer'])
  const all = await bundleSize(entry, [])
  const eng = await bundleSize(english, [])
  console.log('bundle (esbuild, minified, cjs):')
  console.log(`  quantities, own code only     ${kb(own.min)} (${kb(own.gz)} gzip)`)
  console.log(`  quantities with its libraries ${kb(all.min)} (${kb(all.gz)} gzip)`)
  console.log(`  english with its libraries    ${kb(eng.min)} (${kb(eng.gz)} gzip)`)
}

void main()
