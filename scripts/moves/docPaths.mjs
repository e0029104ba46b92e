#!/usr/bin/env node
// After scripts/moveFiles.mjs (whose `git mv`s are staged): rewrite the moved paths where they are
// written out as text — docs, comments, .prettierignore, spawn paths — so prose follows the code.
// docs/api.md is generated and left alone.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' })
const renames = git('diff', '--cached', '-M', '--name-status')
  .split('\n')
  .filter((l) => l.startsWith('R'))
  .map((l) => l.split('\t').slice(1))
const core = (p) => p.replace(/^src\/main\//, '')
const noExt = (p) => p.replace(/\.tsx?$/, '').replace(/\/index$/, '')
const pairs = renames.flatMap(([a, b]) => [
  [a, b],
  [core(a), core(b)],
  [noExt(a), noExt(b)]
])
// Longest first, so a file's path wins over its folder's.
pairs.sort((x, y) => y[0].length - x[0].length)
const folders = [
  ...new Set(renames.map(([a, b]) => [a.slice(0, a.lastIndexOf('/') + 1), b.slice(0, b.lastIndexOf('/') + 1)]).map((p) => p.join('\t')))
]
  .map((p) => p.split('\t'))
  // A folder counts as moved only when all of it went to one place and nothing stayed behind.
  .filter(([a, b]) => a !== b && renames.filter(([x]) => x.startsWith(a)).every(([, y]) => y.startsWith(b)) && !git('ls-files', a).trim())
  .sort((x, y) => y[0].length - x[0].length)
const files = git('ls-files', 'docs', 'README.md', '.prettierignore', 'src', 'scripts', 'e2e', 'package.json')
  .trim()
  .split('\n')
  .filter((f) => (/\.(md|ts|tsx|mjs|json)$/.test(f) || f === '.prettierignore') && f !== 'docs/api.md')
for (const file of files) {
  let before
  try {
    before = readFileSync(file, 'utf8')
  } catch {
    continue
  }
  // One pass with placeholders, so a rewritten path is never rewritten again.
  const table = [...pairs, ...folders]
  let text = before
  table.forEach(([a], i) => (text = text.split(a).join(`\uE000${i}\uE000`)))
  text = text.replace(/\uE000(\d+)\uE000/g, (_, i) => table[Number(i)][1])
  if (text !== before) {
    writeFileSync(file, text)
    console.log('paths in', file)
  }
}
