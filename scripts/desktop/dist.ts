/**
 * `npm run dist`: the installers for the OS it runs on (AppImage + deb, universal dmg, or NSIS),
 * from the app `npm run build` just made. `--dir` stops at the unpacked app (no installer).
 * Failures end in a short explanation, not a stack trace (packagingErrors.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'electron-builder'
import { explainPackagingError } from './packagingErrors'

const ROOT = join(__dirname, '..', '..')

async function main(): Promise<void> {
  const dir = parseArgs({ options: { dir: { type: 'boolean', default: false } } }).values.dir ?? false
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
    console.error('npm run dist: out/ has no built app; run `npm run build` first (npm run dist does both).')
    process.exit(1)
  }
  const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
    .version
  try {
    const artifacts = await build({ projectDir: ROOT, config: 'electron-builder.config.ts', publish: 'never', dir })
    console.log(`npm run dist: built ${dir ? 'the unpacked app' : `${artifacts.length} file(s)`} for ${process.platform}:`)
    for (const file of artifacts) console.log(`  ${relative(ROOT, file)}`)
  } catch (error) {
    console.error(explainPackagingError(error, { platform: process.platform, electronVersion }))
    if (process.env.DEBUG) console.error(error)
    // Not process.exitCode: electron-builder's temp-folder exit hook exits with 0 and would hide the failure.
    process.exit(1)
  }
}

void main()
