import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// js-yaml is what electron-builder itself parses YAML with.
const yaml = createRequire(createRequire(createRequire(__filename).resolve('electron-builder')).resolve('app-builder-lib'))('js-yaml') as {
  load(text: string): unknown
}
const ROOT = join(__dirname, '..', '..')
const text = (name: string) => readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, { 'runs-on': string; steps: Step[]; strategy?: { matrix: { include: Array<Record<string, string>> } } }>
}
const load = (name: string) => yaml.load(text(name)) as Workflow
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps)

/** The action commits looked up in each action's own repository, by release tag. */
const PINNED: Record<string, [string, string]> = {
  'actions/checkout': ['3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7.0.1'],
  'actions/setup-node': ['820762786026740c76f36085b0efc47a31fe5020', 'v7.0.0'],
  'actions/upload-artifact': ['bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', 'v7.0.0']
}

describe('GitHub workflows', () => {
  for (const file of ['ci.yml', 'release.yml']) {
    it(`${file}: every action is pinned by full commit SHA, with its version beside it`, () => {
      const uses = text(file)
        .split('\n')
        .filter((line) => /^\s*(-\s*)?uses:/.test(line))
      expect(uses.length).toBeGreaterThan(0)
      for (const line of uses) {
        const m = /uses:\s*([\w.-]+\/[\w.-]+)@([0-9a-f]{40})\s+#\s*(v\d+\.\d+\.\d+)\s*$/.exec(line)
        expect(m, line).not.toBeNull()
        expect(PINNED[m![1]!], line).toEqual([m![2], m![3]])
      }
    })

    it(`${file}: reads the repository only, and never runs code from forks with secrets`, () => {
      const wf = load(file)
      expect(wf.permissions).toEqual({ contents: 'read' })
      expect(Object.keys(wf.on)).not.toContain('pull_request_target')
      expect(Object.keys(wf.on)).not.toContain('workflow_run')
      for (const step of steps(wf).filter((s) => s.uses?.startsWith('actions/checkout@')))
        expect(step.with?.['persist-credentials']).toBe(false)
    })
  }

  it('ci.yml runs .ci/run on Debian with Node 20.20', () => {
    const wf = load('ci.yml')
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push'])
    expect(text('ci.yml')).toContain('image: node:20.20-bookworm')
    expect(steps(wf).map((s) => s.run)).toContain('bash .ci/run')
  })

  it('release.yml: on a tag, on three platforms, tests the packaged app and uploads the installers', () => {
    const wf = load('release.yml')
    expect(wf.on).toEqual({ push: { tags: ['v*'] } })
    const job = wf.jobs.installers!
    expect(job.strategy!.matrix.include.map((m) => m.os)).toEqual(['ubuntu-24.04', 'macos-15', 'windows-2022'])
    const runs = job.steps.map((s) => s.run ?? '').join('\n')
    expect(runs).toContain('npm ci --no-audit --no-fund')
    expect(runs).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    const order = [
      'npm run test:unit',
      'npm run dist',
      'scripts/desktop/verifyPackaged.ts',
      'xvfb-run -a npx playwright test e2e/electron.spec.ts'
    ]
    const at = order.map((command) => runs.indexOf(command))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    const e2e = job.steps.find((s) => s.run?.includes('e2e/electron.spec.ts'))!
    expect(e2e.env?.LOOPWISE_PACKAGED_APP).toBe('${{ github.workspace }}/${{ matrix.executable }}')
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!
    expect(String(upload.with?.path)).toMatch(/\*\.AppImage[\s\S]*\*\.deb[\s\S]*\*\.dmg[\s\S]*\*\.exe/)
    expect(upload.with?.['if-no-files-found']).toBe('error')
  })

  it('release.yml hands signing secrets only to the packaging step', () => {
    const job = load('release.yml').jobs.installers!
    const withSecrets = job.steps.filter((s) => JSON.stringify(s).includes('secrets.'))
    expect(withSecrets.map((s) => s.run)).toEqual(['npm run dist'])
  })
})
