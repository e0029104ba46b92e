import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DraftPreview } from '../../../../shared/domain/draftRun'
import type { LoopOptions } from '../../../../shared/domain/loop'
import { createCore, type Core } from '../../app/createCore'
import { buildSampleData } from '../sample/sampleData'

/**
 * What a model would be sent for each agenda variant and the offers, on the seed's worked
 * example (the sample, fixed on one day so the dates hold still): one file per rendering, read
 * by a person for the framework and the no-invention rules. A change in wording shows up as a
 * diff to review, not as a broken sentence assertion.
 */
const sample = buildSampleData(new Date('2026-11-21T12:00:00Z'))
const q2 = sample.checkIns.find((c) => c.id === 'sample-ci2')!.date
const q4 = sample.checkIns.find((c) => c.id === 'sample-ci4')!.date
const afterQ4 = '2027-02-05'

let core: Core
let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loopwise-preview-'))
  const dataDir = join(dir, 'data')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(dataDir, { mode: 0o700 })
  writeFileSync(join(dataDir, 'loopwise.json'), JSON.stringify(sample))
  core = await createCore({ dataDir, mode: 'browser', version: 'test', lockFolder: false })
})
afterAll(async () => {
  await core.close()
  rmSync(dir, { recursive: true, force: true })
})

const cases: [string, 'agenda' | 'offers', string, LoopOptions][] = [
  ['q2-manager', 'agenda', 'sample-cpo', { meetingDate: q2 }],
  ['q2-advanced', 'agenda', 'sample-cpo', { meetingDate: q2, advanced: true }],
  ['q2-five-minute', 'agenda', 'sample-cpo', { meetingDate: q2, length: 'short' }],
  ['q2-skip-level', 'agenda', 'sample-ceo', { meetingDate: q2 }],
  ['q4-manager', 'agenda', 'sample-cpo', { meetingDate: q4 }],
  ['q4-advanced', 'agenda', 'sample-cpo', { meetingDate: q4, advanced: true }],
  ['q4-five-minute', 'agenda', 'sample-cpo', { meetingDate: q4, length: 'short' }],
  ['q4-skip-level', 'agenda', 'sample-ceo', { meetingDate: q4 }],
  ['after-q4-manager', 'agenda', 'sample-cpo', { meetingDate: afterQ4 }],
  ['after-q4-five-minute', 'agenda', 'sample-cpo', { meetingDate: afterQ4, length: 'short' }],
  ['q2-offers', 'offers', 'sample-cpo', { meetingDate: q2 }],
  ['q4-offers', 'offers', 'sample-cpo', { meetingDate: q4 }],
  ['q4-skip-level-offers', 'offers', 'sample-ceo', { meetingDate: q4 }]
]

describe('drafts.preview for every loop kind and variant', () => {
  it.each(cases)('%s', async (name, kind, personId, loop) => {
    const result = await core.dispatch('drafts.preview', { kind, params: { personId, loop } })
    if (!result.ok) throw new Error(result.error.message)
    const preview = result.data as DraftPreview
    // The profile entry is dated the day the test runs; nothing else reads the clock.
    const today = new Date().toISOString().slice(0, 10)
    const text = preview.messages
      .map((m) => `<!-- ${m.role} -->\n\n${m.content}`)
      .join('\n\n')
      .replaceAll(today, '<today>')
    // The framework and the no-invention rules travel with every prompt.
    expect(preview.messages[0]!.content).toContain('What kills it')
    expect(preview.messages[0]!.content).toMatch(/never goes around\s+the manager/)
    // One voice a line: my own lines never slide into Loopwise's "you" ("stretches me … your growth areas").
    expect(text).not.toMatch(/stretches me: [^\n]*\byour?\b/i)
    await expect(text).toMatchFileSnapshot(`__snapshots__/preview/${name}.md`)
  })
})
