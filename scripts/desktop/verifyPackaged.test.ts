import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runtimeRequires, verifyPackaged } from './verifyPackaged'

const fromBuilderLib = createRequire(createRequire(createRequire(__filename).resolve('electron-builder')).resolve('app-builder-lib'))
const asar = fromBuilderLib('@electron/asar') as { createPackage(src: string, dest: string): Promise<void> }

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const executable = (wire: string) =>
  Buffer.concat([Buffer.alloc(512), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.alloc(512)])
const FUSED = '01001101' // RunAsNode off, cookies on, NODE_OPTIONS off, --inspect off, integrity on, asar-only on
const STOCK = '10110001'

const APP_FILES: Record<string, string> = {
  'package.json': '{"name":"loopwise","main":"./out/main/index.js"}',
  'out/main/index.js': 'const z = require("zod"); const p = require("node:path"); const e = require("electron"); require("./chunks/a.js")',
  'out/main/chunks/a.js': 'require("openai/helpers/zod")',
  'out/preload/index.js': 'require("electron")',
  'out/renderer/index.html': '<!doctype html>',
  'node_modules/zod/package.json': '{"name":"zod","main":"index.js"}',
  'node_modules/zod/index.js': '',
  'node_modules/openai/package.json': '{"name":"openai","main":"./index.js"}',
  'node_modules/openai/index.js': ''
}

const base = mkdtempSync(join(tmpdir(), 'loopwise-verify-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

async function packedApp(options: { wire?: string; add?: Record<string, string>; drop?: string[] } = {}): Promise<string> {
  const root = mkdtempSync(join(base, 'linux-unpacked-'))
  const src = join(root, 'src')
  const files = { ...APP_FILES, ...options.add }
  for (const drop of options.drop ?? []) delete files[drop]
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, file)), { recursive: true })
    writeFileSync(join(src, file), text)
  }
  mkdirSync(join(root, 'app', 'resources'), { recursive: true })
  await asar.createPackage(src, join(root, 'app', 'resources', 'app.asar'))
  writeFileSync(join(root, 'app', 'loopwise'), executable(options.wire ?? FUSED))
  return join(root, 'app')
}

describe('verifying a packed app', () => {
  it('passes an app with the fuses burnt and only the built app and its runtime modules inside', async () => {
    const { problems, facts } = await verifyPackaged(await packedApp())
    expect(problems).toEqual([])
    expect(facts.join('\n')).toContain('main requires openai, zod from node_modules: all packed and loadable')
  })

  it('fails an app whose fuses were never flipped, naming each one', async () => {
    const { problems } = await verifyPackaged(await packedApp({ wire: STOCK }))
    expect(problems).toEqual([
      'fuse RunAsNode is 1, expected off',
      'fuse EnableNodeOptionsEnvironmentVariable is 1, expected off',
      'fuse EnableNodeCliInspectArguments is 1, expected off',
      'fuse EnableEmbeddedAsarIntegrityValidation is 0, expected on',
      'fuse OnlyLoadAppFromAsar is 0, expected on',
      'fuse EnableCookieEncryption is 0, expected on'
    ])
  })

  it('fails an archive holding maps, tests, sources, docs or build tools, or missing what the app needs', async () => {
    const { problems } = await verifyPackaged(
      await packedApp({
        add: {
          'out/main/index.js.map': '{}',
          'out/main/store.test.js': '',
          'src/main/index.ts': '',
          'docs/desktop.md': '',
          'node_modules/vite/package.json': '{"name":"vite"}'
        },
        drop: ['out/preload/index.js', 'node_modules/zod/index.js', 'node_modules/openai/package.json']
      })
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        'app.asar lacks out/preload/index.js',
        'forbidden in app.asar — source map: out/main/index.js.map',
        'forbidden in app.asar — test file: out/main/store.test.js',
        'forbidden in app.asar — source folder: src/main/index.ts',
        'forbidden in app.asar — docs: docs/desktop.md',
        'app.asar holds the build tool vite',
        'the main process requires openai, which is not in app.asar',
        "zod's entry index.js is not in app.asar"
      ])
    )
  })

  it('fails an app whose packed dependency does not load', async () => {
    const { problems } = await verifyPackaged(
      await packedApp({ add: { 'node_modules/zod/index.js': 'throw new Error("cut short by the pack")' } })
    )
    expect(problems).toEqual(['a packed module does not load: zod: cut short by the pack'])
  })

  it('finds the modules a bundle requires, ignoring built-ins, electron and relative files', () => {
    expect(
      runtimeRequires('require("a"); require(\'@s/b/c\'); require("node:fs"); require("electron"); require("./x"); require("d/e")')
    ).toEqual(['@s/b', 'a', 'd'])
  })
})
