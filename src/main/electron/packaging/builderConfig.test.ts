import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Configuration } from 'electron-builder'
import { describe, expect, it } from 'vitest'
import ownConfig from '../../../../electron-builder.config'
import {
  appBuilderLibVersion,
  electronBuilderVersion,
  loadBuilderConfig,
  PROJECT_DIR,
  resolveIcon,
  schemaPath,
  validateBuilderConfig
} from './builderInternals'

const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
  scripts: Record<string, string>
}

describe('electron-builder config', () => {
  it('is what electron-builder itself loads from electron-builder.config.ts', async () => {
    const { files, ...rest } = await loadBuilderConfig()
    const { files: ownFiles, ...ownRest } = ownConfig
    expect(rest).toEqual(JSON.parse(JSON.stringify(ownRest)))
    // electron-builder normalises the patterns into one file set; the patterns stay in order.
    expect(files).toEqual([{ filter: ownFiles }])
  })

  it("passes electron-builder's own schema (app-builder-lib/scheme.json)", async () => {
    expect(existsSync(schemaPath())).toBe(true)
    await expect(validateBuilderConfig(await loadBuilderConfig())).resolves.toBeUndefined()
  })

  it('the schema check is live: a typo, a wrong type or a fuse that does not exist is refused', async () => {
    const base = await loadBuilderConfig()
    const broken: Array<[string, Configuration]> = [
      ['misspelt key', { ...base, electronFuse: {} } as Configuration],
      ['wrong type', { ...base, asar: 'yes' } as unknown as Configuration],
      ['unknown fuse', { ...base, electronFuses: { ...base.electronFuses, runAsNodee: false } } as Configuration],
      ['unknown nsis option', { ...base, nsis: { ...base.nsis, deleteUserData: true } } as Configuration]
    ]
    for (const [why, config] of broken) await expect(validateBuilderConfig(config), why).rejects.toThrow(/configuration|schema|property/i)
  })

  it('uses the pinned electron-builder 26.x, whose app-builder-lib is the same release', () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\.\d+\.\d+$/)
    expect(electronBuilderVersion()).toBe(pkg.devDependencies['electron-builder'])
    expect(appBuilderLibVersion()).toBe(electronBuilderVersion())
  })

  it('names the app and builds AppImage + deb, a universal dmg, and an NSIS installer', () => {
    expect(ownConfig.appId).toBe('com.loopwise.desktop')
    expect(ownConfig.productName).toBe('Loopwise')
    expect(ownConfig.linux?.target).toEqual(['AppImage', 'deb'])
    expect(ownConfig.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }])
    expect(ownConfig.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(ownConfig.asar).toBe(true)
  })

  it('claims no file types or URL schemes, never publishes, and rebuilds nothing', () => {
    expect(ownConfig.fileAssociations).toEqual([])
    expect(ownConfig.protocols).toEqual([])
    expect(ownConfig.publish).toBeNull()
    expect([ownConfig.npmRebuild, ownConfig.nodeGypRebuild, ownConfig.buildDependenciesFromSource]).toEqual([false, false, false])
  })

  it('never deletes the user’s data on uninstall', () => {
    expect(ownConfig.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('packs only out/ and package.json from the project (production dependencies are added by electron-builder)', () => {
    const includes = (ownConfig.files as string[]).filter((p) => !p.startsWith('!'))
    expect(includes).toEqual(['out/**/*', 'package.json'])
  })

  it('builds for the current OS with `npm run dist` and never installs app deps on npm install', () => {
    expect(pkg.scripts.dist).toBe('npm run build && tsx scripts/desktop/dist.ts')
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/install-app-deps/)
  })
})

describe('icons as electron-builder resolves them', () => {
  const resources = join(PROJECT_DIR, 'resources')
  const rel = (file: string) => relative(PROJECT_DIR, file).split('\\').join('/')

  // A source that needs converting would make electron-builder download its icon toolset; ours never do.
  it('uses the ready-made .icns for macOS', async () => {
    const { icons, isFallback } = await resolveIcon([ownConfig.mac!.icon as string], 'icns', PROJECT_DIR, resources)
    expect(isFallback).toBe(false)
    expect(icons.map((i) => rel(i.file))).toEqual(['resources/icon.icns'])
  })

  it('uses the ready-made .ico (with a 256 px image) for Windows', async () => {
    const { icons } = await resolveIcon([ownConfig.win!.icon as string], 'ico', PROJECT_DIR, resources)
    expect(icons.map((i) => [rel(i.file), i.size])).toEqual([['resources/icon.ico', 256]])
  })

  it('uses the PNG set for Linux, every size from 16 to 1024', async () => {
    const { icons } = await resolveIcon([ownConfig.linux!.icon as string], 'set', PROJECT_DIR, resources)
    expect(icons.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
    expect(icons.every((i) => rel(i.file) === `resources/icons/${i.size}x${i.size}.png`)).toBe(true)
  })
})
