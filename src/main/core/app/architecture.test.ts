import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The core's rooms (docs/architecture.md). The direction is enforced by `npm run lint`; these
 * tests prove the rule bites on a deliberate wrong import, and check what a lint rule cannot:
 * no cycle between rooms.
 */

const ROOT = resolve(__dirname, '../../../..')
const CORE = join(ROOT, 'src/main/core')

describe('the boundary lint', () => {
  const eslint = new ESLint({ cwd: ROOT })
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) })
    return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
  }

  it('fails an upward import and passes a downward one', async () => {
    expect(
      await lint('src/main/core/base/wrong.ts', "import { createCore } from '../app/createCore'\nexport const x = createCore\n")
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"base" to .*"app"/)])
    expect(
      await lint(
        'src/main/core/store/wrong.ts',
        "import { WinsService } from '../features/wins/winsService'\nexport const x = WinsService\n"
      )
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"store" to .*"feature"/)])
    expect(
      await lint('src/main/core/features/wins/right.ts', "import { Store } from '../../store/Store'\nexport const x = Store\n")
    ).toEqual([])
  }, 30_000)

  it('keeps test helpers and Electron out of product code', async () => {
    expect(
      await lint('src/main/core/features/wins/wrong.ts', "import { storedWin } from '../../store/testing'\nexport const x = storedWin\n")
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*test helpers/)])
    expect(await lint('src/main/core/features/wins/wrong.ts', "import { app } from 'electron'\nexport const x = app\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Electron/)
    ])
    // A test may reach any room's helpers.
    expect(
      await lint(
        'src/main/core/features/wins/wrong.test.ts',
        "import { storedWin } from '../../store/testing'\nexport const x = storedWin\n"
      )
    ).toEqual([])
  }, 30_000)
})

const roomOf = (file: string) => {
  const parts = relative(CORE, file).split('/')
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]!
}
const isProduct = (file: string) => !file.endsWith('.test.ts') && !file.split('/').includes('testing')

function productFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return productFiles(path)
    return /\.tsx?$/.test(name) && isProduct(path) ? [path] : []
  })
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.d.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not this one
    }
  }
  return null
}

function findCycles(edges: Map<string, Set<string>>): string[] {
  const cycles: string[] = []
  const visit = (room: string, path: string[]) => {
    for (const next of edges.get(room) ?? []) {
      if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '))
      else visit(next, [...path, next])
    }
  }
  for (const room of edges.keys()) visit(room, [room])
  return cycles
}

describe('the rooms', () => {
  it('the cycle check finds a cycle', () => {
    const edges = new Map([
      ['features/a', new Set(['features/b'])],
      ['features/b', new Set(['base', 'features/a'])]
    ])
    expect(findCycles(edges)).toContain('features/a → features/b → features/a')
  })

  it('have no cycle between them', () => {
    const edges = new Map<string, Set<string>>()
    for (const file of productFiles(CORE)) {
      const from = roomOf(file)
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']*)'/g)) {
        const target = resolveImport(file, spec!)
        if (!target || !target.startsWith(CORE)) continue
        const to = roomOf(target)
        if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to))
      }
    }
    const cycles = findCycles(edges)
    console.log(
      'room graph:\n' +
        [...edges]
          .sort()
          .map(([from, to]) => `  ${from} → ${[...to].sort().join(', ')}`)
          .join('\n')
    )
    expect(cycles).toEqual([])
  })
})
