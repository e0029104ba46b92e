import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, describe, expect, it } from 'vitest'
import ownConfig from '../../../../electron-builder.config'
import { flipFusesLikeLinuxPackager, fuseConfigFor } from './builderInternals'

// The fuse wire as Electron ships it: a sentinel, version 1, the wire length, one byte per fuse.
// Stock Electron: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; cookie
// encryption, asar integrity, asar-only and the browser V8 snapshot off.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const STOCK_WIRE = '10110001'
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) }
const standInBinary = (sentinels = 1, wire = STOCK_WIRE, version = 1) => {
  const section = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([version, wire.length]), Buffer.from(wire)])
  const parts = [Buffer.from('\x7fELF stand-in for the Electron binary')]
  for (let i = 0; i < sentinels; i++) parts.push(Buffer.alloc(4096, 0x90), section)
  return Buffer.concat([...parts, Buffer.alloc(4096, 0x90)])
}

const base = mkdtempSync(join(tmpdir(), 'loopwise-fuses-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** The list, written out here rather than read from the config. */
const REQUIRED: Array<[FuseV1Options, boolean]> = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.EnableCookieEncryption, true]
]

describe('Electron fuses', () => {
  it('are configured exactly as the release requires', () => {
    expect(ownConfig.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true
    })
  })

  it('become the right @electron/fuses settings through electron-builder', async () => {
    const fuses = await fuseConfigFor(ownConfig)
    expect(fuses.version).toBe('1')
    for (const [fuse, on] of REQUIRED) expect(fuses[fuse], FuseV1Options[fuse]).toBe(on)
    // Fuses the issue does not name are left as Electron ships them.
    expect(fuses[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBeUndefined()
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBeUndefined()
  })

  it('are burnt into the packed executable the way electron-builder does it', async () => {
    const appOutDir = mkdtempSync(join(base, 'linux-unpacked-'))
    writeFileSync(join(appOutDir, 'loopwise'), standInBinary())
    await flipFusesLikeLinuxPackager(appOutDir, 'loopwise', await fuseConfigFor(ownConfig))
    const wire = await getCurrentFuseWire(join(appOutDir, 'loopwise'))
    for (const [fuse, on] of REQUIRED) expect(wire[fuse], FuseV1Options[fuse]).toBe(on ? FuseState.ENABLE : FuseState.DISABLE)
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE)
  })

  it('are burnt into both slices of a universal macOS binary', async () => {
    const appOutDir = mkdtempSync(join(base, 'universal-'))
    writeFileSync(join(appOutDir, 'loopwise'), standInBinary(2))
    await flipFusesLikeLinuxPackager(appOutDir, 'loopwise', await fuseConfigFor(ownConfig))
    const bytes = readFileSync(join(appOutDir, 'loopwise'))
    const first = bytes.indexOf(SENTINEL)
    const last = bytes.lastIndexOf(SENTINEL)
    expect(last).toBeGreaterThan(first)
    // In wire order: RunAsNode, cookies, NODE_OPTIONS, --inspect, integrity, asar-only, V8 snapshot, file://.
    for (const at of [first, last]) expect(bytes.toString('latin1', at + SENTINEL.length + 2, at + SENTINEL.length + 10)).toBe('01001101')
  })

  it('fail the build loudly on a binary without a fuse wire, or with a wire too old', async () => {
    const appOutDir = mkdtempSync(join(base, 'broken-'))
    writeFileSync(join(appOutDir, 'loopwise'), Buffer.from('not electron'))
    await expect(flipFusesLikeLinuxPackager(appOutDir, 'loopwise', await fuseConfigFor(ownConfig))).rejects.toThrow(/sentinel/)
    writeFileSync(join(appOutDir, 'loopwise'), standInBinary(1, '1011'))
    await expect(flipFusesLikeLinuxPackager(appOutDir, 'loopwise', await fuseConfigFor(ownConfig))).rejects.toThrow(/not long enough/)
    writeFileSync(join(appOutDir, 'loopwise'), standInBinary(1, STOCK_WIRE, 2))
    await expect(flipFusesLikeLinuxPackager(appOutDir, 'loopwise', await fuseConfigFor(ownConfig))).rejects.toThrow(/does not match/)
  })
})
