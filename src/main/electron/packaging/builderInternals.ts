import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import type { Configuration } from 'electron-builder'

/**
 * The parts of electron-builder that decide what gets built, loaded from the very copy
 * `electron-builder` runs with (never a second version), so the tests check its own logic and
 * its own schema rather than a re-implementation. Test support only: nothing here is shipped.
 */
const here = createRequire(__filename)
const fromBuilder = createRequire(here.resolve('electron-builder'))
const lib = (path: string) => fromBuilder(`app-builder-lib/out/${path}`)

export const PROJECT_DIR = resolve(__dirname, '../../../..')
export const CONFIG_FILE = 'electron-builder.config.ts'
export const appBuilderLibVersion = (): string => fromBuilder('app-builder-lib/package.json').version
export const electronBuilderVersion = (): string => here('electron-builder/package.json').version

/** Reads the config the way `electron-builder --config electron-builder.config.ts` does (jiti, defaults merged). */
export async function loadBuilderConfig(projectDir = PROJECT_DIR, file = CONFIG_FILE): Promise<Configuration> {
  const { getConfig } = lib('util/config/config')
  return getConfig(projectDir, file, null)
}

/** electron-builder's own validation: its JSON schema (scheme.json) plus its deprecation checks. */
export async function validateBuilderConfig(config: Configuration): Promise<void> {
  const { validateConfiguration } = lib('util/config/config')
  const { DebugLogger } = fromBuilder('builder-util')
  await validateConfiguration(structuredClone(config), new DebugLogger(false))
}

/** The schema file validateBuilderConfig checks against. */
export const schemaPath = (): string => fromBuilder.resolve('app-builder-lib/scheme.json')

/**
 * The files electron-builder would put into app.asar from the project itself (node_modules are
 * collected separately), relative to `projectDir`, computed with its own matchers and walker.
 */
export async function appFilesToPack(config: Configuration, projectDir: string): Promise<string[]> {
  const { getMainFileMatchers } = lib('fileMatcher')
  const { computeFileSets } = lib('util/appFileCopier')
  const info = {
    projectDir,
    buildResourcesDir: resolve(projectDir, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    config,
    debugLogger: { isEnabled: false }
  }
  const packager = { info, config }
  const outDir = resolve(projectDir, config.directories?.output ?? 'dist')
  const matchers = getMainFileMatchers(projectDir, '/app', (s: string) => s, {}, packager, outDir, false)
  const sets: Array<{ src: string; files: string[]; metadata: Map<string, { isDirectory(): boolean }> }> = await computeFileSets(
    matchers,
    null,
    packager,
    false
  )
  return sets
    .flatMap((set) => set.files.filter((f) => !set.metadata.get(f)?.isDirectory()).map((f) => f.slice(set.src.length + 1)))
    .map((f) => f.split('\\').join('/'))
    .sort()
}

/** electron-builder's translation of `electronFuses` into an @electron/fuses config. */
export async function fuseConfigFor(config: Configuration): Promise<Record<string, unknown>> {
  const { PlatformPackager } = fromBuilder('app-builder-lib')
  return PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses)
}

/** Flips fuses exactly as electron-builder does after packing a Linux app (appOutDir/executableName). */
export async function flipFusesLikeLinuxPackager(
  appOutDir: string,
  executableName: string,
  fuses: Record<string, unknown>
): Promise<unknown> {
  const { LinuxPackager } = fromBuilder('app-builder-lib')
  const packager = Object.create(LinuxPackager.prototype, { executableName: { value: executableName } })
  return LinuxPackager.prototype.addElectronFuses.call(packager, { appOutDir, electronPlatformName: 'linux' }, fuses)
}

/** How electron-builder resolves an icon for one output format; it converts (downloading a tool) only when it must. */
export async function resolveIcon(
  sources: string[],
  format: 'icns' | 'ico' | 'set',
  projectDir: string,
  buildResourcesDir: string
): Promise<{ icons: Array<{ file: string; size: number }>; isFallback: boolean }> {
  const { convertIcon } = lib('util/iconConverter')
  return convertIcon({
    sources,
    fallbackSources: [],
    roots: [buildResourcesDir, projectDir],
    format,
    outDir: resolve(projectDir, 'dist', '.icon-test')
  })
}
