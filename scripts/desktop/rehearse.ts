/**
 * `npm run dist:rehearse`: the real electron-builder packs the real app with the real config —
 * everything up to the installer — around a stand-in for the Electron binary (a file carrying
 * Electron's fuse wire), because the binary itself cannot be downloaded here. The result is then
 * checked as a release build is (verifyPackaged.ts), and the figures are printed.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, Platform } from 'electron-builder'
import config from '../../electron-builder.config'
import { verifyPackaged } from './verifyPackaged'

const ROOT = join(__dirname, '..', '..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Stock Electron: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off. */
const STOCK_WIRE = '10110001'

function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, STOCK_WIRE.length]), Buffer.from(STOCK_WIRE)])
  const body = Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for Electron"\n'), Buffer.alloc(8192), wire, Buffer.alloc(8192)])
  writeFileSync(join(dir, 'electron'), body, { mode: 0o755 })
  writeFileSync(join(dir, 'LICENSE'), 'stand-in')
  writeFileSync(join(dir, 'version'), '45.4.1')
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'loopwise-rehearse-'))
  try {
    const electronDist = join(work, 'electron')
    const output = join(work, 'dist')
    standInElectron(electronDist)
    const started = Date.now()
    // The config as shipped, except where Electron comes from and where the output goes.
    await build({
      projectDir: ROOT,
      publish: 'never',
      targets: Platform.LINUX.createTarget('dir'),
      config: { ...config, electronDist, directories: { ...config.directories, output } }
    })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const app = join(output, 'linux-unpacked')
    const { problems, facts } = await verifyPackaged(app)
    const mb = (statSync(join(app, 'resources', 'app.asar')).size / 1e6).toFixed(1)
    console.log(`rehearse: electron-builder packed the app in ${seconds} s; app.asar is ${mb} MB`)
    for (const fact of facts) console.log(`rehearse: ${fact}`)
    for (const problem of problems) console.error(`rehearse: FAILED — ${problem}`)
    console.log(problems.length === 0 ? 'rehearse: packed as required' : `rehearse: ${problems.length} problem(s)`)
    process.exit(problems.length === 0 ? 0 : 1)
  } catch (error) {
    console.error(`rehearse: packing failed — ${(error as Error).message.split('\n')[0]}`)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

void main()
