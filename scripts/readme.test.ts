import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseWebArgs } from '../src/main/web/args'

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8')
const lines = readme.split('\n')

describe('README', () => {
  it('opens with the two set-up commands: run the app in browser mode, run all the tests', () => {
    const block = lines.slice(lines.indexOf('```bash') + 1, lines.indexOf('```', lines.indexOf('```bash') + 1))
    expect(lines.indexOf('```bash')).toBeLessThan(4)
    expect(block.map((l) => l.split('#')[0]!.trim())).toEqual(['ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci && npm run web', 'npm test'])
  })

  it('passes browser-mode flags after `--`, and every flag it shows is one the CLI accepts', () => {
    const runs = [...readme.matchAll(/`npm run web([^`]*)`/g)].map((m) => m[1]!.trim())
    expect(runs).toContain('-- --data-dir <folder>')
    expect(runs).toContain('-- --open')
    for (const run of runs.filter(Boolean)) {
      expect(run, run).toMatch(/^-- /)
      expect(() => parseWebArgs(run.slice(3).replace('<folder>', '/tmp/x').split(/\s+/), {}), run).not.toThrow()
    }
    expect(readme).not.toMatch(/npm run web --(?!\s)|npm run web --data-dir|npm run web --port|npm run web --open/)
  })

  it('documents the port, --open, the locked page and EBADENGINE', () => {
    for (const words of ['4777', '`--open`', 'This page needs the link printed where Loopwise started', 'EBADENGINE'])
      expect(readme.replace(/\s+/g, ' ')).toContain(words)
  })

  it('has no table row outside a table (the stray duplicated row)', () => {
    lines.forEach((line, i) => {
      if (!line.includes('|')) return
      const inTable = line.trimStart().startsWith('|') && line.trimEnd().endsWith('|')
      const hasRowAround = [lines[i - 1], lines[i + 1]].some((l) => l?.trimStart().startsWith('|'))
      if (line.includes('| `') || line.trimStart().startsWith('|'))
        expect(inTable && hasRowAround, `line ${i + 1}: ${line.slice(0, 80)}`).toBe(true)
    })
    const rows = lines.filter((l) => l.trimStart().startsWith('| `npm test`'))
    expect(rows).toHaveLength(1)
  })
})
