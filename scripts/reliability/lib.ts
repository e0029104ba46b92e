import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../src/main/core/base/logger'
import { seededRandom } from '../../src/main/core/base/seededRandom'

/** One row of the reliability table. `ok` false fails the run; `note` explains a skip. */
export interface Figure {
  area: string
  figure: string
  value: string | number
  ok: boolean
  note?: string
}

export interface Section {
  name: string
  figures: Figure[]
  /** Problems found, each one sentence; any entry fails the run. */
  failures: string[]
}

export interface RunConfig {
  short: boolean
  repoRoot: string
  /** Deterministic runs when set (fast-check seed, kill timings). */
  seed: number
}

export const quietLogger: Logger = { info() {}, warn() {}, error() {} }

const made: string[] = []
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `loopwise-rel-${label}-`))
  made.push(dir)
  return dir
}
/** A data folder that does not exist yet (nor its parent): where every start begins, as for a new user. */
export function newDataDir(label: string): string {
  return join(tempDir(label), 'new', 'data')
}
export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** The seeded generator, so a failing run can be replayed with --seed. */
export const random = seededRandom

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f) => [f.area, f.figure, String(f.value), f.ok ? 'ok' : 'FAIL', f.note ?? ''])
  const head = ['area', 'figure', 'value', 'check', 'note']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}
