import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import ownConfig from '../../../../electron-builder.config'
import { appFilesToPack, loadBuilderConfig, PROJECT_DIR } from './builderInternals'
import { packageViolations, REQUIRED_IN_PACKAGE } from './packedRules'

const violations = packageViolations

const base = mkdtempSync(join(tmpdir(), 'loopwise-pack-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

function project(files: string[]): string {
  const root = mkdtempSync(join(base, 'project-'))
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(
      join(root, file),
      file === 'package.json' ? '{"name":"loopwise","version":"0.1.0","main":"./out/main/index.js"}' : `// ${file}`
    )
  }
  return root
}

describe('files packed into app.asar (computed by electron-builder from the config)', () => {
  it('are the built app and package.json, and none of the tests, maps, docs or sources planted around them', async () => {
    const shipped = [
      'package.json',
      'out/main/index.js',
      'out/main/web.js',
      'out/main/chunks/version-abc.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/icon.svg',
      'out/renderer/assets/index-abc.js',
      'out/renderer/assets/index-abc.css'
    ]
    const planted = [
      // inside out/, where a build could leave them
      'out/main/index.js.map',
      'out/renderer/assets/index-abc.js.map',
      'out/renderer/assets/index-abc.css.map',
      'out/main/store.test.js',
      'out/main/window.spec.mjs',
      'out/main/index.ts',
      'out/main/types.d.ts',
      'out/renderer/README.md',
      'out/docs/guide.html',
      'out/e2e/electron.spec.js',
      'out/main/__tests__/a.js',
      'out/main/tests/fixture.json',
      // the rest of the repository
      'src/main/index.ts',
      'src/main/electron/appProtocol.test.ts',
      'src/renderer/index.html',
      'e2e/electron.spec.ts',
      'scripts/desktop/dist.ts',
      'scripts/icons.ts',
      'docs/desktop.md',
      'README.md',
      'resources/icon.png',
      'resources/icons/16x16.png',
      'test-results/log.txt',
      '.github/workflows/release.yml',
      '.ci/run',
      'electron-builder.config.ts',
      'electron.vite.config.ts',
      'tsconfig.json',
      'package-lock.json',
      'dist/linux-unpacked/resources/app.asar',
      'dist/Loopwise-0.1.0-linux-x86_64.AppImage',
      'node_modules/openai/index.js'
    ]
    const root = project([...shipped, ...planted])
    const packed = await appFilesToPack(await loadBuilderConfig(), root)
    expect(packed).toEqual([...shipped].sort())
    expect(violations(packed)).toEqual([])
  })

  it('from this repository: only package.json and out/, with nothing forbidden', async () => {
    const packed = await appFilesToPack(await loadBuilderConfig(), PROJECT_DIR)
    expect(packed).toContain('package.json')
    // out/ exists once `npm run build` has run; then the app's entry points must all be there.
    if (packed.some((f) => f.startsWith('out/'))) for (const file of REQUIRED_IN_PACKAGE) expect(packed).toContain(file)
    expect(packed.filter((f) => f !== 'package.json' && !f.startsWith('out/'))).toEqual([])
    expect(violations(packed)).toEqual([])
  })

  it('the detector sees what it is looking for', () => {
    expect(
      violations([
        'a.js.map',
        'x.test.js',
        'src/a.js',
        'e2e/x.js',
        'docs/a.html',
        'README.md',
        'scripts/a.js',
        'b.ts',
        'node_modules/p/test/t.js'
      ])
    ).toHaveLength(9)
    expect(violations(['out/main/index.js', 'node_modules/openai/index.d.ts', 'out/renderer/index.html'])).toEqual([])
  })

  it('keeps the exclusions when electron-builder adds production dependencies (it applies the negated patterns to them)', () => {
    const negated = (ownConfig.files as string[]).filter((p) => p.startsWith('!'))
    for (const needed of ['!**/*.map', '!**/*.{test,spec}.*', '!**/*.{md,markdown}']) expect(negated).toContain(needed)
  })
})
