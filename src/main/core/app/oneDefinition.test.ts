import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Helpers that were written twice and drifted (or could): each has one definition now, and a
 * second copy fails here with where it is. Test files, test helpers and fixtures are not product code.
 */
const SRC = join(import.meta.dirname, '../../..')

function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name)
    if (d.isDirectory()) return d.name === 'testing' || d.name === '__snapshots__' ? [] : productFiles(p)
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$|\.d\.ts$/.test(d.name) ? [p] : []
  })
}
const files = productFiles(SRC).map((p) => ({ path: relative(SRC, p), text: readFileSync(p, 'utf8') }))

const where = (pattern: RegExp) => files.filter((f) => pattern.test(f.text)).map((f) => f.path)

describe('one definition of each shared helper', () => {
  it.each([
    ['the "Q: … A:" prefill format', /`Q: \$\{/],
    ['an agenda section schema', /const agendaSectionSchema\b/],
    ['an S1…Sn source label', /`S\$\{\w+(?:\.\w+)* \+ 1\}`/],
    ['formatBytes', /(?:function|const) formatBytes\b/],
    ['a base64 decoder', /\batob\(/],
    ['a base64 encoder', /\bbtoa\(/],
    ['a per-year table', /\bPER_YEAR\b/]
  ])('%s', (_name, pattern) => {
    expect(where(pattern).length).toBeLessThanOrEqual(1)
  })
})
