/**
 * Checks a packed app as shipped: the fuses burnt into its executable, and what its app.asar holds.
 * Release CI runs it on each platform's real build; `npm run dist:rehearse` runs it here on an app
 * packed around a stand-in Electron binary.
 *
 *   tsx scripts/desktop/verifyPackaged.ts dist/linux-unpacked | dist/win-unpacked | dist/mac-universal/Loopwise.app
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { FORBIDDEN_IN_PACKAGE, packageViolations, REQUIRED_IN_PACKAGE } from '../../src/main/electron/packaging/packedRules'

const fromBuilderLib = createRequire(createRequire(createRequire(__filename).resolve('electron-builder')).resolve('app-builder-lib'))
const asar = fromBuilderLib('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[]
  extractFile(archive: string, file: string): Buffer
  extractAll(archive: string, dest: string): void
}

/** The issue's fuse settings, as bytes on the wire ('1' on, '0' off). */
export const REQUIRED_FUSES: Array<[FuseV1Options, boolean]> = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.EnableCookieEncryption, true]
]

/** Build tools that must never ride along inside the app. */
const NEVER_PACKED = [
  'electron',
  'electron-builder',
  'app-builder-lib',
  'vite',
  'vitest',
  'typescript',
  '@playwright/test',
  'eslint',
  'sharp',
  'icon-gen'
]

export interface PackedApp {
  /** What @electron/fuses reads: the executable, or the .app bundle on macOS. */
  fuseTarget: string
  asar: string
  infoPlist?: string
}

export function locate(appPath: string): PackedApp {
  if (appPath.endsWith('.app')) {
    return {
      fuseTarget: appPath,
      asar: join(appPath, 'Contents', 'Resources', 'app.asar'),
      infoPlist: join(appPath, 'Contents', 'Info.plist')
    }
  }
  const candidates = ['loopwise', 'Loopwise.exe'].map((name) => join(appPath, name)).filter((file) => existsSync(file))
  if (candidates.length !== 1) throw new Error(`expected one Loopwise executable in ${appPath}, found ${candidates.length}`)
  return { fuseTarget: candidates[0]!, asar: join(appPath, 'resources', 'app.asar') }
}

/** Bare module names the main bundle requires at run time (node: built-ins and electron excluded). */
export function runtimeRequires(source: string): string[] {
  const names = new Set<string>()
  for (const m of source.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
    const spec = m[1]!
    if (spec.startsWith('node:') || spec === 'electron') continue
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)
  }
  return [...names].sort()
}

/**
 * Loads each module the main process requires from an extracted copy of the archive, in a
 * separate Node, so a dependency missing from the pack (or cut by an exclusion) is found here.
 */
function loadFailures(archive: string, modules: string[]): string[] {
  if (modules.length === 0) return []
  const dir = mkdtempSync(join(tmpdir(), 'loopwise-asar-'))
  try {
    asar.extractAll(archive, dir)
    const script = `
      const failed = []
      for (const name of ${JSON.stringify(modules)}) {
        try { require(require.resolve(name, { paths: [process.cwd()] })) } catch (e) { failed.push(name + ': ' + String(e && e.message).split('\\n')[0]) }
      }
      process.stdout.write(JSON.stringify(failed))`
    const run = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } })
    if (run.status !== 0) return [`could not load the packed modules: ${run.stderr.split('\n')[0]}`]
    return (JSON.parse(run.stdout) as string[]).map((f) => `a packed module does not load: ${f}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface Verdict {
  problems: string[]
  facts: string[]
}

export async function verifyPackaged(appPath: string): Promise<Verdict> {
  const problems: string[] = []
  const facts: string[] = []
  const app = locate(appPath)

  const wire = await getCurrentFuseWire(app.fuseTarget)
  for (const [fuse, on] of REQUIRED_FUSES) {
    const actual = wire[fuse]
    const expected = (on ? '1' : '0').charCodeAt(0)
    if (actual !== expected)
      problems.push(
        `fuse ${FuseV1Options[fuse]} is ${actual === undefined ? 'missing' : String.fromCharCode(actual)}, expected ${on ? 'on' : 'off'}`
      )
  }
  facts.push(
    `fuses: ${REQUIRED_FUSES.map(([f, on]) => `${FuseV1Options[f]} ${on ? 'on' : 'off'}`).join(', ')} — checked in ${basename(app.fuseTarget)}`
  )

  if (!existsSync(app.asar)) {
    problems.push(`no app.asar at ${app.asar} (asar must be on)`)
    return { problems, facts }
  }
  const entries = asar.listPackage(app.asar, { isPack: false }).map((e) => e.replace(/\\/g, '/').replace(/^\//, ''))
  const set = new Set(entries)
  for (const file of REQUIRED_IN_PACKAGE) if (!set.has(file)) problems.push(`app.asar lacks ${file}`)
  problems.push(...packageViolations(entries).map((v) => `forbidden in app.asar — ${v}`))
  const outside = entries.filter((e) => !/^(out|node_modules)(\/|$)/.test(e) && e !== 'package.json')
  for (const entry of outside) problems.push(`app.asar holds ${entry}, which is neither out/, node_modules/ nor package.json`)
  for (const name of NEVER_PACKED) if (set.has(`node_modules/${name}/package.json`)) problems.push(`app.asar holds the build tool ${name}`)

  const mainFiles = entries.filter((e) => /^out\/main\/.+\.js$/.test(e))
  const required = new Set(mainFiles.flatMap((file) => runtimeRequires(asar.extractFile(app.asar, file).toString('utf8'))))
  for (const name of required) {
    const manifest = `node_modules/${name}/package.json`
    if (!set.has(manifest)) {
      problems.push(`the main process requires ${name}, which is not in app.asar`)
      continue
    }
    const main = (JSON.parse(asar.extractFile(app.asar, manifest).toString('utf8')) as { main?: string }).main
    if (main) {
      const entry = `node_modules/${name}/${main.replace(/^\.\//, '')}`
      if (![entry, `${entry}.js`, `${entry}/index.js`].some((candidate) => set.has(candidate)))
        problems.push(`${name}'s entry ${main} is not in app.asar`)
    }
  }
  problems.push(...loadFailures(app.asar, [...required]))
  facts.push(
    `app.asar: ${entries.length} entries; main requires ${[...required].join(', ') || 'nothing'} from node_modules: all packed and loadable`
  )
  facts.push(`never packed: ${FORBIDDEN_IN_PACKAGE.map(([what]) => what).join(', ')}`)

  if (app.infoPlist) {
    if (!readFileSync(app.infoPlist, 'utf8').includes('ElectronAsarIntegrity'))
      problems.push('Info.plist has no ElectronAsarIntegrity entry')
    else facts.push('Info.plist carries ElectronAsarIntegrity')
  }
  return { problems, facts }
}

async function cli(): Promise<void> {
  const target = process.argv[2]
  if (!target) {
    console.error(
      'usage: tsx scripts/desktop/verifyPackaged.ts <dist/linux-unpacked | dist/win-unpacked | dist/mac-universal/Loopwise.app>'
    )
    process.exit(2)
  }
  if (!existsSync(target)) {
    const dist = readdirSync('dist', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
    console.error(`verify: ${target} does not exist (dist/ has: ${dist.join(', ') || 'nothing'})`)
    process.exit(2)
  }
  const { problems, facts } = await verifyPackaged(target)
  for (const fact of facts) console.log(`verify: ${fact}`)
  for (const problem of problems) console.error(`verify: FAILED — ${problem}`)
  console.log(problems.length === 0 ? `verify: ${target} is packed as required` : `verify: ${problems.length} problem(s) in ${target}`)
  process.exit(problems.length === 0 ? 0 : 1)
}

if (require.main === module) void cli()
