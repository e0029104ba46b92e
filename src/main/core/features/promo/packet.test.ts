import { strFromU8, unzipSync } from 'fflate'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { defaultCriteria } from '../../../../shared/domain/promo'
import { DEFAULT_LADDER, expectedScopeFor, findLevel } from '../../../../shared/domain/ladder'
import type { Win } from '../../../../shared/domain/win'
import { packetToDocx } from './packetDocx'
import { packetToMarkdown } from './packetMarkdown'
import { buildPacket } from './promoPacket'
import { storedWin } from '../../store/testing'

const win = (over: Partial<Win> & { id: string; title: string }): Win => ({
  ...storedWin(over.title, over.id),
  date: '2026-03-01',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...over
})

const WINS: Win[] = [
  win({ id: 'w-promo', title: 'Promoted to Group PM' }),
  win({
    id: 'w-cloud',
    title: 'Saved $1.2M in annual cloud spend',
    whatIDid: 'Wrote rules for card-testing patterns and moved batch jobs to spot capacity.',
    impact: 'Cloud bill down',
    metrics: [{ label: 'Annual cloud savings', value: 1_200_000, unit: 'USD/year' }],
    scope: 'company'
  }),
  win({ id: 'w-talk', title: 'Gave an all-hands talk on incident culture', whatIDid: 'Presented to the company.', scope: 'company' }),
  win({
    id: 'w-dana',
    title: 'Coached Dana',
    whatIDid: 'Volunteered in Q3 when Dana was struggling; met twice a week.',
    metrics: [{ label: 'PRs reviewed', value: 120, unit: 'PRs' }]
  }),
  win({
    id: 'w-migrate',
    title: 'Migrated 14 services',
    whatIDid: 'Designed the plan and led each cutover.',
    impact: 'Deploys faster',
    metrics: [{ label: 'CI failure rate', value: 1, unit: '%', baseline: 15 }],
    scope: 'org'
  }),
  win({ id: 'w-undated', title: 'Wrote the on-call runbook', date: '2026-03-02', datePrecision: 'undated' })
]
const settings = (targetLevel: string) => ({ from: '2026-01-01', to: '2026-12-31', targetLevel, criteria: defaultCriteria(targetLevel) })
const sectionOf = (p: ReturnType<typeof buildPacket>, id: string) => p.sections.find((s) => s.id === id)!

describe('packet by meaning, from one ladder', () => {
  it('changing the target level changes the criteria, the gaps and the review checklist', () => {
    const l8 = buildPacket(settings('L8'), { wins: WINS })
    const l7 = buildPacket(settings('L7'), { wins: WINS })
    expect(l8.settings.criteria).not.toEqual(l7.settings.criteria)
    expect(l7.settings.criteria).toEqual(findLevel(DEFAULT_LADDER, 'Senior Staff')!.criteria)
    expect(l7.checklist.join('\n')).toContain('L7 · Senior Staff Engineer')
    expect(l8.checklist.join('\n')).toContain('L8 · Principal Engineer')
    expect(sectionOf(l7, 'gaps').items.map((i) => i.text)).not.toEqual(sectionOf(l8, 'gaps').items.map((i) => i.text))
  })

  it('reads levels by name, alias and code; the rubric bar comes from the same ladder', () => {
    expect(findLevel(DEFAULT_LADDER, 'Group PM')!.code).toBe('L6')
    expect(findLevel(DEFAULT_LADDER, 'Staff (L6)')!.name).toBe('Staff Engineer')
    expect(findLevel(DEFAULT_LADDER, 'E5')!.name).toBe('Senior Engineer')
    expect(findLevel(DEFAULT_LADDER, 'Senior PM')!.track).toBe('ic-product')
    expect(expectedScopeFor(DEFAULT_LADDER, 'Group PM').rank).toBe(2)
    expect(expectedScopeFor(DEFAULT_LADDER, 'Senior').rank).toBe(1)
  })

  it('files wins by meaning, ranks the $1.2M saving above the talk, and remembers a move', () => {
    const p = buildPacket(settings('Staff'), { wins: WINS })
    expect(sectionOf(p, 'recognition').items.map((i) => i.winId)).toContain('w-promo')
    const projects = sectionOf(p, 'projects').items.filter((i) => i.claim)
    expect(projects[0]!.winId).toBe('w-cloud')
    expect(sectionOf(p, 'glue').items.map((i) => i.winId)).not.toContain('w-cloud')
    const moved = buildPacket(settings('Staff'), { wins: WINS }, undefined, { placements: { 'w-dana': 'influence' } })
    expect(sectionOf(moved, 'influence').items.map((i) => i.winId)).toContain('w-dana')
    expect(sectionOf(moved, 'mentoring').items.map((i) => i.winId)).not.toContain('w-dana')
  })

  it('never fills Problem from what-I-did text', () => {
    const p = buildPacket(settings('Staff'), { wins: WINS }, undefined, { placements: { 'w-dana': 'projects' } })
    for (const item of sectionOf(p, 'projects').items.filter((i) => i.claim)) {
      const problem = item.details.find((d) => d.label === 'Problem')!
      expect(problem.missing, `${item.text}: ${problem.text}`).toBe(true)
    }
  })

  it('writes numbers for people, never "1200000 USD" or "ci failure rate"', () => {
    const md = packetToMarkdown(buildPacket(settings('Staff'), { wins: WINS }))
    expect(md).toContain('annual cloud savings of $1.2M')
    expect(md).toContain('120 PRs reviewed')
    expect(md).toContain('CI failure rate from 15% to 1%')
    expect(md).not.toMatch(/1200000|ci failure rate|prs reviewed/)
  })

  it('an undated win is not counted in a period by its placeholder day', () => {
    const p = buildPacket(settings('Staff'), { wins: WINS })
    const cited = new Set(p.sections.flatMap((s) => s.items.flatMap((i) => i.sourceIds)))
    expect(cited.has('w-undated')).toBe(false)
    expect(
      sectionOf(p, 'gaps')
        .items.map((i) => i.text)
        .join('\n')
    ).toContain('1 undated win not counted')
  })

  it('Markdown and DOCX have the same headings in the same order', async () => {
    const p = buildPacket(settings('Staff'), { wins: WINS })
    const mdHeadings = marked
      .lexer(packetToMarkdown(p))
      .filter((t) => t.type === 'heading')
      .map((t) => (t as { text: string }).text.replace(/\\/g, ''))
    const xml = strFromU8(unzipSync(new Uint8Array(await packetToDocx(p)))['word/document.xml']!)
    const docxHeadings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(?:Title|Heading\d)"\/>(?:(?!<\/w:p>).)*?<\/w:p>/g)].map(
      (m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
    )
    expect(docxHeadings).toEqual(mdHeadings)
  })
})

describe('gaps read typed metrics', () => {
  it('a key project with a metric is not called unmeasured', () => {
    const p = buildPacket(settings('Staff'), { wins: WINS })
    expect(
      sectionOf(p, 'gaps')
        .items.map((i) => i.text)
        .join('\n')
    ).not.toContain('“Saved $1.2M in annual cloud spend” has no measure')
  })
})
