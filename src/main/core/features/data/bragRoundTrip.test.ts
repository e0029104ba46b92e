import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../app/createCore'
import { buildSampleData } from '../sample/sampleData'
import { winInputSchema, winSchema, type Win, type WinInput } from '../../../../shared/domain/win'
import { parseBragDocument, type BragCandidate } from './bragImport'
import { winsToMarkdown } from './winsMarkdown'

const at = '2026-05-01T10:00:00.000Z'
const win = (input: WinInput, id: string): Win => winSchema.parse({ ...winInputSchema.parse(input), id, createdAt: at, updatedAt: at })

/** Wins a person could have: every date precision, metrics with baselines, rates and hedges, Markdown-looking text. */
const WINS: Win[] = [
  win(
    {
      date: '2025-03-14',
      title: 'Cut CI time with a build cache (beta)',
      whatIDid: 'Added a remote cache for *all* builds.\nRolled it out team by team.\n\nWrote the runbook_v2 #ops',
      impact: 'CI from ~22 min to 7 min; flaky rate (~15%) now under 1%.',
      metrics: [
        { label: 'CI time', value: 7, unit: 'minutes', baseline: 22, baselineQualifier: 'about' },
        { label: 'Flaky rate', value: 1, unit: '%', baseline: 15, qualifier: 'under', baselineQualifier: 'about' },
        { label: 'Staging bill', value: 18000, unit: 'USD/month' },
        { label: 'PRs reviewed: all of them', value: 120, unit: 'PRs', qualifier: 'at least' }
      ],
      scope: 'org',
      stakeholders: ['Dana Lee', 'SRE'],
      tags: ['reliability', 'cost'],
      evidence: [
        { url: 'https://example.com/dash?q=(a)', label: 'Dashboard [CI]' },
        { url: 'https://example.com/rfc', label: '' }
      ]
    },
    'a'
  ),
  win(
    {
      date: '2025-02-01',
      datePrecision: 'month',
      title: 'Hired 4 engineers: 2 senior',
      metrics: [{ label: 'Engineers', value: 4, unit: 'engineers' }]
    },
    'b'
  ),
  win({ date: '2024-10-01', datePrecision: 'quarter', title: '1. Led the Q4 planning', impact: 'Plan adopted by 3 other teams' }, 'c'),
  win({ date: '2024-07-01', datePrecision: 'half', title: 'Ran the incident review - every week', scope: 'team' }, 'd'),
  win({ date: '2023-01-01', datePrecision: 'year', title: 'Promoted to Senior (2023)' }, 'e'),
  win({ date: '2026-05-01', datePrecision: 'undated', title: 'Wrote the on-call guide (2025)', whatIDid: '- one\n- two' }, 'f'),
  win(
    {
      date: '2025-06-30',
      title: 'eNPS up',
      metrics: [
        { label: 'eNPS', value: 41, unit: '', baseline: 12 },
        { label: 'Ratio', value: -0.5, unit: 'x' }
      ]
    },
    'g'
  )
]

const comparable = (
  w: Pick<Win, 'title' | 'date' | 'datePrecision' | 'whatIDid' | 'impact' | 'metrics' | 'tags' | 'scope' | 'stakeholders' | 'evidence'>
) => ({
  title: w.title,
  date: w.datePrecision === 'undated' ? '' : w.date,
  datePrecision: w.datePrecision ?? 'day',
  whatIDid: w.whatIDid,
  impact: w.impact,
  metrics: w.metrics,
  tags: w.tags,
  scope: w.scope,
  stakeholders: w.stakeholders,
  evidence: w.evidence
})
const fromCandidate = (c: BragCandidate) =>
  comparable({ ...c, scope: c.scope ?? 'self', stakeholders: c.stakeholders ?? [], evidence: c.evidence ?? [] })
const newestFirst = (ws: Win[]) =>
  [...ws].sort((a, b) => Number(a.datePrecision === 'undated') - Number(b.datePrecision === 'undated') || b.date.localeCompare(a.date))

describe('wins Markdown export → brag import round trip (issue #16)', () => {
  it('reads the export back as the same wins: titles, dates with precision, metrics, every field', () => {
    const candidates = parseBragDocument(winsToMarkdown(WINS))
    expect(candidates).toHaveLength(WINS.length)
    expect(candidates.map(fromCandidate)).toEqual(newestFirst(WINS).map(comparable))
  })

  it('does the same for the sample data, and metadata lines never become wins', () => {
    const sample = buildSampleData(new Date('2026-05-01T12:00:00Z')).wins
    const md = winsToMarkdown(sample)
    expect(md).toMatch(/_Scope: |Tags: /)
    const candidates = parseBragDocument(md)
    expect(candidates.map(fromCandidate)).toEqual(newestFirst(sample).map(comparable))
  })

  it('through the routes: export from one data folder, preview and save into a fresh one, the same wins come back', async () => {
    const open = () =>
      createCore({ dataDir: mkdtempSync(join(tmpdir(), 'loopwise-brag-')), mode: 'browser', version: 'test', lockFolder: false })
    const ok = async <T>(core: Core, route: string, input: unknown): Promise<T> => {
      const r = await core.dispatch(route, input)
      if (!r.ok) throw new Error(`${route}: ${r.error.code} ${r.error.message}`)
      return r.data as T
    }
    const a = await open()
    for (const w of WINS) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...input } = w
      await ok(a, 'wins.create', input)
    }
    const { text } = await ok<{ text: string }>(a, 'data.exportWinsMarkdown', {})
    const b = await open()
    const candidates = await ok<BragCandidate[]>(b, 'data.bragPreview', { markdown: text })
    await ok(b, 'data.bragSave', {
      wins: candidates.map(({ line: _l, notes: _n, keep: _k, date, datePrecision, ...rest }) => ({
        ...rest,
        ...(date ? { date, datePrecision } : {})
      }))
    })
    const saved = await ok<Win[]>(b, 'wins.list', {})
    expect(saved.map(comparable).map((w) => ({ ...w, date: w.datePrecision === 'undated' ? '' : w.date }))).toEqual(
      newestFirst(WINS).map(comparable)
    )
    // The undated win is listed last and stays undated after saving, whatever day it was saved on.
    expect(saved.at(-1)).toMatchObject({ title: 'Wrote the on-call guide (2025)', datePrecision: 'undated' })
    await a.close()
    await b.close()
  })
})
