#!/usr/bin/env node
// Moves files with `git mv` and rewrites every relative import that pointed at them (or from
// them), so a move commit holds renames plus import-path edits only and git's rename detection
// carries other branches' edits across. Usage: node scripts/moveFiles.mjs <map-file>
// Map lines: "old -> new" (a file or a folder, relative to the repo root); "#" starts a comment.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { parseArgs } from 'node:util'

const { positionals } = parseArgs({ allowPositionals: true })
if (positionals.length !== 1) throw new Error('usage: node scripts/moveFiles.mjs <map-file>')
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim()
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })

const tracked = git('ls-files').split('\n').filter(Boolean)
const fileMoves = new Map()
for (const line of readFileSync(positionals[0], 'utf8').split('\n')) {
  const text = line.replace(/#.*/, '').trim()
  if (!text) continue
  const [from, to] = text.split('->').map((s) => s.trim().replace(/\/$/, ''))
  const inFolder = tracked.filter((f) => f.startsWith(`${from}/`))
  if (inFolder.length)
    for (const f of inFolder) {
      if (!fileMoves.has(f)) fileMoves.set(f, to + f.slice(from.length))
    }
  else if (tracked.includes(from)) fileMoves.set(from, to)
  else throw new Error(`not tracked: ${from}`)
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.d.ts', '.js', '.mjs', '/index.ts', '/index.tsx']
const trackedSet = new Set(tracked)
/** The tracked file a relative specifier names, seen from `fromFile` (both repo-relative). */
function resolveSpec(fromFile, spec) {
  const base = posix.normalize(posix.join(posix.dirname(fromFile), spec))
  for (const ext of EXTENSIONS) if (trackedSet.has(base + ext)) return { file: base + ext, ext }
  return null
}
function specFor(fromFile, targetFile, ext) {
  // Keep the specifier's style: no extension, and a folder name for an index file.
  let target = ext === '' ? targetFile : targetFile.replace(/\.(d\.ts|tsx?|mts|m?js)$/, '')
  if (ext !== '' && target.endsWith('/index')) target = target.slice(0, -'/index'.length)
  let spec = posix.relative(posix.dirname(fromFile), target)
  if (!spec.startsWith('.')) spec = `./${spec}`
  return spec
}

const sourceFiles = tracked.filter((f) => /\.(ts|tsx|mts|mjs|cjs|js)$/.test(f) && existsSync(join(root, f)))
const newName = (f) => fileMoves.get(f) ?? f
let edited = 0
const contents = new Map()
for (const file of sourceFiles) {
  const text = readFileSync(join(root, file), 'utf8')
  const moved = fileMoves.has(file)
  const next = text.replace(/(['"])(\.\.?(?:\/[^'"\n]*)?)\1/g, (whole, quote, spec, offset) => {
    // A bare '.' or '..' is a module only right after `from` (not in `.join('.')`).
    if (!spec.includes('/') && !/from\s*$/.test(text.slice(Math.max(0, offset - 10), offset))) return whole
    const hit = resolveSpec(file, spec)
    if (!hit) return whole
    if (!moved && !fileMoves.has(hit.file)) return whole
    const fresh = specFor(newName(file), newName(hit.file), hit.ext)
    return `${quote}${fresh}${quote}`
  })
  if (next !== text) contents.set(file, next)
}
for (const [from, to] of fileMoves) {
  execFileSync('mkdir', ['-p', dirname(join(root, to))])
  git('mv', from, to)
}
for (const [file, text] of contents) {
  writeFileSync(join(root, newName(file)), text)
  edited++
}
console.log(`moved ${fileMoves.size} files, rewrote imports in ${edited}`)
