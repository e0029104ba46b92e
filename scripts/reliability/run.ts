// `npm run reliability` — the figures behind "your notes are safe here", as one table.
// Full run: `npm run reliability`; CI's short run: `npm run reliability -- --short`.
// `--seed <n>` replays a run; `--only <section,...>` runs some sections while you work.
import { join } from 'node:path'
import { compactionFault } from './compactionFault'
import { parseArgs } from 'node:util'
import { corruptStore } from './corrupt'
import { crashSafety } from './crash'
import { diskFaults } from './diskFaults'
import { hostileInput } from './fuzz'
import { hostileImports } from './hostileImports'
import { apiKeySentinel, llmFaults } from './llmFaults'
import { cleanTempDirs, renderTable, type RunConfig, type Section } from './lib'
import { electronegativity } from './security'
import { securityTests } from './securityTests'
import { folderGone, freshHome, lockRaces, reusedPid, tornJournal, unwritableStarts } from './storeScenarios'
import { trustGuard } from './trust'

const SECTIONS: Record<string, (config: RunConfig) => Promise<Section>> = {
  crash: crashSafety,
  corrupt: corruptStore,
  disk: diskFaults,
  'compaction-fault': compactionFault,
  'torn-journal': tornJournal,
  'folder-gone': folderGone,
  'lock-race': lockRaces,
  'reused-pid': reusedPid,
  'unwritable-start': unwritableStarts,
  'fresh-home': freshHome,
  fuzz: hostileInput,
  electronegativity,
  'security-tests': securityTests,
  llm: llmFaults,
  sentinel: apiKeySentinel,
  'hostile-imports': hostileImports,
  trust: trustGuard
}

function readArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { short: { type: 'boolean', default: false }, seed: { type: 'string' }, only: { type: 'string' } }
  })
  const seed = Number(values.seed ?? Date.now() % 2 ** 31)
  const only = values.only?.split(',')
  for (const name of only ?? []) if (!SECTIONS[name]) throw new Error(`unknown section ${name}; one of ${Object.keys(SECTIONS).join(', ')}`)
  return { short: values.short ?? false, seed, only }
}

async function main() {
  const args = readArgs(process.argv.slice(2))
  const config: RunConfig = { short: args.short, seed: args.seed, repoRoot: join(__dirname, '../..') }
  const started = Date.now()
  const sections: Section[] = []
  // The servers under test run in this process: an error they fail to handle is a finding,
  // not a reason for the table to vanish.
  const unhandled: string[] = []
  process.on('unhandledRejection', (error) => unhandled.push(String((error as Error)?.stack ?? error).slice(0, 400)))
  process.on('uncaughtException', (error) => unhandled.push(String(error?.stack ?? error).slice(0, 400)))
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (args.only && !args.only.includes(name)) continue
    const t0 = Date.now()
    process.stderr.write(`reliability: ${name}…`)
    try {
      sections.push(await run(config))
    } catch (error) {
      sections.push({
        name,
        figures: [{ area: name, figure: 'ran', value: 'threw', ok: false }],
        failures: [`${name} threw: ${(error as Error).stack}`]
      })
    }
    process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
  }
  cleanTempDirs()

  const figures = sections.flatMap((s) => s.figures)
  figures.push({ area: 'all', figure: 'unhandled errors in the run', value: unhandled.length, ok: unhandled.length === 0 })
  const failures = [...sections.flatMap((s) => s.failures), ...unhandled.map((u) => `unhandled: ${u}`)]
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  process.stdout.write(`\nLoopwise reliability — ${args.short ? 'short' : 'full'} run, seed ${config.seed}, ${seconds} s\n\n`)
  process.stdout.write(`${renderTable(figures)}\n\n`)
  if (failures.length || figures.some((f) => !f.ok)) {
    process.stdout.write(`FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`)
    process.stdout.write(`Replay with: npm run reliability -- ${args.short ? '--short ' : ''}--seed ${config.seed}\n`)
    process.exitCode = 1
  } else process.stdout.write('All checks passed.\n')
}

void main()
