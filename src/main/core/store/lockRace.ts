import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { LOCK_DIR_NAME } from './lock'

/** How the lock a round starts from went stale. */
export type StaleKind = 'dead PID' | 'reused PID'

export interface RaceRound {
  stale: StaleKind
  starts: number
  won: number
  locked: number
  errors: string[]
}

/** The child bundled once into a temp folder: plain node starts far faster than tsx, so a round is truly simultaneous. */
function bundleChild(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'loopwise-lockrace-')), 'lockRaceChild.cjs')
  buildSync({
    entryPoints: [join(__dirname, 'lockRaceChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'silent'
  })
  return out
}

/**
 * Make the highest claim look like a lock from before: 'reused PID' names a process that is
 * running right now (this one's parent) with another start time, as after a reboot or PID
 * wrap-around; 'dead PID' is what a killed winner leaves anyway.
 */
function makeStale(dataDir: string, kind: StaleKind) {
  if (kind !== 'reused PID') return
  const dir = join(dataDir, LOCK_DIR_NAME)
  const top = readdirSync(dir)
    .filter((n) => /^\d+\.json$/.test(n))
    .sort((a, b) => parseInt(b) - parseInt(a))[0]!
  const claim = JSON.parse(readFileSync(join(dir, top), 'utf8')) as Record<string, unknown>
  writeFileSync(join(dir, top), JSON.stringify({ ...claim, pid: process.ppid, start: '1' }))
}

function start(bundle: string, dataDir: string): Promise<{ child: ChildProcess; result: Promise<string> }> {
  const child = spawn(process.execPath, [bundle, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stderr!.on('data', (d) => (err += String(d)))
  return new Promise((resolve, reject) => {
    let resolveResult!: (line: string) => void
    const result = new Promise<string>((r) => (resolveResult = r))
    child.on('exit', (code) => resolveResult(`error exited ${code}: ${err.slice(0, 200)}`))
    child.on('error', reject)
    child.stdout!.on('data', (d) => {
      out += String(d)
      if (out.startsWith('ready\n')) {
        const rest = out.slice(6)
        if (rest.includes('\n')) resolveResult(rest.split('\n')[0]!)
      }
      if (out === 'ready\n') resolve({ child, result })
    })
  })
}

/**
 * Rounds of `starts` simultaneous processes, each trying to take the lock of one data folder
 * that holds a stale lock. Exactly one must win each round.
 */
export async function lockRace(options: { dataDir: string; starts: number; rounds: StaleKind[] }): Promise<RaceRound[]> {
  const bundle = bundleChild()
  const results: RaceRound[] = []
  // Round zero leaves a lock behind (its winner is killed): every counted round starts stale.
  const rounds: Array<StaleKind | null> = [null, ...options.rounds]
  for (const stale of rounds) {
    if (stale) makeStale(options.dataDir, stale)
    const n = stale ? options.starts : 1
    const contenders = await Promise.all(Array.from({ length: n }, () => start(bundle, options.dataDir)))
    const at = Date.now() + 150
    for (const c of contenders) c.child.stdin!.write(`go ${at}\n`)
    const lines = await Promise.all(contenders.map((c) => c.result))
    for (const c of contenders) c.child.kill('SIGKILL')
    await Promise.all(
      contenders.map((c) => (c.child.exitCode !== null || c.child.signalCode !== null ? null : new Promise((r) => c.child.once('exit', r))))
    )
    if (!stale) continue
    results.push({
      stale,
      starts: n,
      won: lines.filter((l) => l === 'won').length,
      locked: lines.filter((l) => l === 'locked').length,
      errors: lines.filter((l) => l !== 'won' && l !== 'locked')
    })
  }
  return results
}
