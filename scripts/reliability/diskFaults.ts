import { execFileSync, spawnSync } from 'node:child_process'
import { buildSync } from 'esbuild'
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { runFaultScenario, type FaultOutcome } from './faultScenario'
import { tempDir, type Figure, type RunConfig, type Section } from './lib'

interface Scenario {
  name: string
  /** Broken before the start: opens read-only, refuses saves. */
  readOnlyStart?: boolean
  /** Null to run; a reason to skip (printed in the table). */
  run: () => Promise<FaultOutcome | { skipped: string }>
}

const isRoot = () => process.getuid?.() === 0

/** A small tmpfs of our own: a real full or read-only disk, not a simulated error. */
export function withTmpfs(sizeKb: number, body: (dir: string) => Promise<FaultOutcome>): Promise<FaultOutcome | { skipped: string }> {
  const dir = tempDir('tmpfs')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    const why = ((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).trim().split('\n')[0]
    return Promise.resolve({ skipped: `cannot mount a tmpfs here (${why})` })
  }
  return body(dir).finally(() => {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' })
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
    }
  })
}

/** Fill the disk to the last byte so the next write fails with ENOSPC. */
export function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin')
  const fd = openSync(filler, 'w')
  const chunk = Buffer.alloc(64 * 1024, 1)
  try {
    for (;;) writeSync(fd, chunk.subarray(0, Math.min(chunk.length, Math.max(1, statfsSync(dir).bavail * statfsSync(dir).bsize))))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  } finally {
    closeSync(fd)
  }
  return filler
}

const scenarios: Scenario[] = [
  {
    name: 'disk full (tmpfs)',
    run: () =>
      withTmpfs(2048, (dir) => {
        let filler = ''
        return runFaultScenario(
          join(dir, 'data'),
          () => (filler = fillDisk(dir)),
          () => unlinkSync(filler)
        )
      })
  },
  {
    name: 'read-only disk (tmpfs remounted ro)',
    readOnlyStart: true,
    run: () =>
      withTmpfs(4096, (dir) =>
        runFaultScenario(
          join(dir, 'data'),
          () => execFileSync('mount', ['-o', 'remount,ro', dir]),
          () => execFileSync('mount', ['-o', 'remount,rw', dir]),
          { breakWhileStopped: true }
        )
      )
  },
  {
    name: 'no permission (folder mode 0500)',
    readOnlyStart: true,
    run: async () => {
      const dir = tempDir('perm')
      if (!isRoot()) {
        return runFaultScenario(
          dir,
          () => chmodSync(dir, 0o500),
          () => chmodSync(dir, 0o700),
          { breakWhileStopped: true }
        )
      }
      // Root ignores file modes: run the scenario as "nobody", on a folder it owns.
      chownSync(dir, 65534, 65534)
      const home = join(dir, '..', `${dir.split('/').pop()}-home`)
      mkdirSync(home, { recursive: true })
      chownSync(home, 65534, 65534)
      // The child gets its own bundle in a folder it can read: the checkout may sit under a
      // private (0700) folder that "nobody" cannot enter, as a fresh clone in a mktemp -d does.
      const bundle = join(home, 'permissionChild.cjs')
      buildSync({
        entryPoints: [join(__dirname, 'permissionChild.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        outfile: bundle,
        logLevel: 'silent'
      })
      chownSync(bundle, 65534, 65534)
      const child = spawnSync(process.execPath, [bundle, dir], {
        cwd: home,
        uid: 65534,
        gid: 65534,
        env: { ...process.env, HOME: home, TMPDIR: home },
        encoding: 'utf8',
        timeout: 60_000
      })
      rmSync(home, { recursive: true, force: true })
      const line = child.stdout.trim().split('\n').pop() ?? ''
      try {
        return JSON.parse(line) as FaultOutcome
      } catch {
        return { problem: `the unprivileged child failed: ${(child.stderr || child.error?.message || '').slice(0, 300)}` }
      }
    }
  },
  {
    name: 'data folder deleted while running',
    run: () => {
      const dir = join(tempDir('gone'), 'data')
      mkdirSync(dir)
      return runFaultScenario(
        dir,
        () => rmSync(dir, { recursive: true, force: true }),
        () => mkdirSync(dir)
      )
    }
  }
]

export async function diskFaults(_config: RunConfig): Promise<Section> {
  const figures: Figure[] = []
  const failures: string[] = []
  let passed = 0
  let ran = 0
  for (const s of scenarios) {
    const outcome = await s.run().catch((error: Error) => ({ problem: `threw ${error.message}` }) as FaultOutcome)
    if ('skipped' in outcome) {
      figures.push({ area: 'disk faults', figure: s.name, value: 'skipped', ok: true, note: outcome.skipped })
      continue
    }
    ran++
    if (outcome.problem) failures.push(`${s.name}: ${outcome.problem}`)
    else passed++
    figures.push({
      area: 'disk faults',
      figure: s.name,
      value: outcome.problem
        ? 'FAILED'
        : outcome.code === 'saved'
          ? 'saved, on disk'
          : s.readOnlyStart
            ? `read-only start, ${outcome.code}`
            : `${outcome.code}, kept, retried`,
      ok: !outcome.problem,
      note: outcome.problem ?? outcome.message?.split(' Your change')[0]?.replace(/\/tmp\/(?:[^ )]*\/)?([^/ )]+)(?=[ ).])/g, '…/$1')
    })
  }
  figures.push({ area: 'disk faults', figure: 'faults survived (nothing lost, retry ok)', value: `${passed} / ${ran}`, ok: passed === ran })
  return { name: 'disk faults', figures, failures }
}
