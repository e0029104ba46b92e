import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { sleep, tempDir, type RunConfig, type Section } from './lib'

/**
 * Static checks with @doyensec/electronegativity. Its CLI exits 0 even with findings and
 * only prints parse failures, so it is run through its programmatic runner: the SARIF it
 * writes is parsed for findings, and its error list for files it could not read. Any
 * finding not in security/electronegativity-allowlist.json (each entry with a reason) and
 * any unparsed file fails the run.
 */
interface AllowEntry {
  rule: string
  file: string
  reason: string
}
interface SarifResult {
  ruleId: string
  message: { text: string }
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }>
}
interface RunnerOutput {
  errors: Array<{ file: string; message: string; tolerable: boolean }>
}

// Checks left out, each for a reason: the first needs the internet (it downloads the list
// of Electron releases); our pinned Electron version is reviewed when the lockfile changes.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/** Shipped code only: tests and their fakes are never loaded by the app. */
const shipped = (path: string) => !/\.test\.tsx?$/.test(path) && !path.endsWith('fakeElectron.ts')

export async function electronegativity(config: RunConfig): Promise<Section> {
  const pkg = JSON.parse(readFileSync(join(config.repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
  const scan = tempDir('electronegativity')
  mkdirSync(join(scan, 'src'))
  cpSync(join(config.repoRoot, 'src'), join(scan, 'src'), { recursive: true, filter: (p) => shipped(p) })
  cpSync(join(config.repoRoot, 'package.json'), join(scan, 'package.json'))
  const sarifFile = join(scan, 'electronegativity.sarif')

  // The runner logs progress through console.log; keep the table clean.
  const quiet = { log: console.log, warn: console.warn, info: console.info }
  console.log = console.warn = console.info = () => undefined
  let output: RunnerOutput
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const run = require('@doyensec/electronegativity/dist/runner.js') as (o: object, forCli: boolean) => Promise<RunnerOutput>
    output = await run(
      {
        input: scan,
        output: sarifFile,
        isSarif: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: pkg.devDependencies.electron,
        parserPlugins: []
      },
      false
    )
  } finally {
    Object.assign(console, quiet)
  }

  const sarif = await readSarif(sarifFile)
  const findings = sarif.runs.flatMap((r) => r.results)
  const allow = JSON.parse(readFileSync(join(config.repoRoot, 'security/electronegativity-allowlist.json'), 'utf8')) as {
    allow: AllowEntry[]
  }
  const failures: string[] = []
  for (const entry of allow.allow) if (!entry.reason?.trim()) failures.push(`allow-list entry ${entry.rule} ${entry.file} has no reason`)
  const where = (f: SarifResult) => f.locations[0]?.physicalLocation.artifactLocation.uri.replace(/^\.?\/?/, '') ?? '?'
  const unapproved = findings.filter((f) => !allow.allow.some((a) => a.rule === f.ruleId && where(f).endsWith(a.file)))
  for (const f of unapproved) {
    failures.push(`electronegativity ${f.ruleId} at ${where(f)}:${f.locations[0]?.physicalLocation.region?.startLine}: ${f.message.text}`)
  }
  const unused = allow.allow.filter((a) => !findings.some((f) => f.ruleId === a.rule && where(f).endsWith(a.file)))
  for (const a of unused) failures.push(`allow-list entry ${a.rule} ${a.file} matches nothing any more: remove it`)
  const unparsed = output.errors.filter((e) => !e.tolerable)
  for (const e of unparsed) failures.push(`electronegativity could not parse ${relative(scan, e.file)}: ${e.message}`)

  return {
    name: 'security',
    failures,
    figures: [
      {
        area: 'security',
        figure: 'electronegativity findings',
        value: findings.length,
        ok: true,
        note: `Electron ${pkg.devDependencies.electron}`
      },
      { area: 'security', figure: 'findings not in the allow-list', value: unapproved.length, ok: unapproved.length === 0 },
      { area: 'security', figure: 'files it could not parse', value: unparsed.length, ok: unparsed.length === 0 }
    ]
  }
}

/** The runner writes the SARIF file with an un-awaited fs.writeFile: wait until it is whole. */
async function readSarif(file: string): Promise<{ runs: Array<{ results: SarifResult[] }> }> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as { runs: Array<{ results: SarifResult[] }> }
      } catch {
        // Still being written.
      }
    }
    await sleep(50)
  }
  throw new Error(`electronegativity wrote no SARIF report at ${file}`)
}
