// `npm run web`: build if the output is missing or older than the sources, then start
// browser mode. Build chatter goes to stderr so stdout carries exactly the one URL line.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'out/main/web.js')
const page = join(root, 'out/renderer/index.html')

function newestMtime(dir) {
  let newest = 0
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name)
    newest = Math.max(newest, name.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const stale =
  !existsSync(entry) ||
  !existsSync(page) ||
  Math.min(statSync(entry).mtimeMs, statSync(page).mtimeMs) <
    Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs)

if (stale) {
  process.stderr.write('Building Loopwise…\n')
  const bin = join(root, 'node_modules/electron-vite/bin/electron-vite.js')
  const build = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

createRequire(import.meta.url)(entry)
