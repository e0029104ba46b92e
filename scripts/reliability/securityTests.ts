import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { tempDir, type Figure, type RunConfig, type Section } from './lib'

/** The security unit tests (fake electron, real HTTP server), run here so their count is in the table. */
const SECURITY_TEST_PATHS = ['src/main/electron', 'src/preload', 'src/main/web']

export async function securityTests(config: RunConfig): Promise<Section> {
  const report = join(tempDir('vitest'), 'report.json')
  const run = spawnSync(
    process.execPath,
    [join(config.repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', ...SECURITY_TEST_PATHS, '--reporter=json', `--outputFile=${report}`],
    { cwd: config.repoRoot, encoding: 'utf8', timeout: 180_000 }
  )
  const failures: string[] = []
  let passed = 0
  let total = 0
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number
      numTotalTests: number
      testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>
    }
    passed = json.numPassedTests
    total = json.numTotalTests
    for (const file of json.testResults) {
      for (const t of file.assertionResults) if (t.status === 'failed') failures.push(`security test failed: ${t.fullName}`)
    }
  } else failures.push(`the security unit tests did not run: ${(run.stderr || '').slice(-300)}`)
  if (total === 0) failures.push('no security unit tests were found')

  const figures: Figure[] = [
    {
      area: 'security',
      figure: 'unit tests (window, IPC, links, CSP, preload, HTTP)',
      value: `${passed} / ${total}`,
      ok: total > 0 && passed === total
    }
  ]
  // The built page, when there is one: the CSP meta is in, and nothing inline would need it relaxed.
  const built = join(config.repoRoot, 'out/renderer/index.html')
  if (existsSync(built)) {
    const html = readFileSync(built, 'utf8')
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]!) || m[2]!.trim())
    const handlers = html.match(/\son[a-z]+\s*=\s*["']/gi) ?? []
    const hasCsp = html.includes(`content="${CONTENT_SECURITY_POLICY}"`)
    if (!hasCsp) failures.push('out/renderer/index.html lacks the CSP meta tag')
    if (inline.length + handlers.length) failures.push('out/renderer/index.html has inline script or event handlers')
    figures.push({
      area: 'security',
      figure: 'built page: CSP meta, inline scripts',
      value: `${hasCsp ? 'yes' : 'NO'}, ${inline.length + handlers.length}`,
      ok: hasCsp && inline.length + handlers.length === 0
    })
  } else {
    figures.push({
      area: 'security',
      figure: 'built page: CSP meta, inline scripts',
      value: 'skipped',
      ok: true,
      note: 'no out/ yet: run `npm run build` first'
    })
  }
  return { name: 'security tests', figures, failures }
}
