import { describe, expect, it } from 'vitest'
import { historyEntries } from '../drafting/context/historyEntries'
import { winEntries } from '../drafting/context/winEntries'
import { createCore } from '../../app/createCore'
import { todayIso } from '../../base/clock'
import { tempDataDir } from '../../store/testing'
import { historyFromEntries, parseMetrics } from './entryAdapters'

describe('reading prompt-safe entries back for the built-in writers', () => {
  it('parses metrics in the drafting format, with and without a baseline', () => {
    expect(parseMetrics('Days to offer: 4 days (baseline 12 days); Teams: 6')).toEqual([
      { label: 'Days to offer', value: 4, unit: 'days', baseline: 12 },
      { label: 'Teams', value: 6, unit: '' }
    ])
    expect(parseMetrics('Days to offer: from 12 days to 4 days; Conversion: from 12 % to 18 %')).toEqual([
      { label: 'Days to offer', value: 4, unit: 'days', baseline: 12 },
      { label: 'Conversion', value: 18, unit: '%', baseline: 12 }
    ])
    expect(parseMetrics('')).toEqual([])
  })

  it('rebuilds wins, delivered commitments, people and the profile from the entries the history produces', async () => {
    const core = await createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })
    const call = async (route: string, input: unknown) => {
      const r = await core.dispatch(route, input)
      if (!r.ok) throw new Error(r.error.message)
      return r.data as { id: string }
    }
    const today = todayIso()
    await call('profile.update', { profile: { role: 'PM', level: 'Senior PM', targetLevel: 'Group PM', growthAreas: ['Public speaking'] } })
    const priya = await call('people.create', { name: 'Priya', role: 'manager' })
    const c = await call('commitments.create', { title: 'Draft the strategy', personId: priya.id })
    for (const to of ['accepted', 'in-progress'] as const) await call('commitments.transition', { id: c.id, to, on: today })
    await call('commitments.transition', { id: c.id, to: 'delivered', on: today, outcome: 'Used in the board deck' })
    const w = await call('wins.create', {
      date: today,
      title: 'Drafted the strategy',
      impact: 'Time to decide went from 12 days to 4',
      metrics: [{ label: 'Days to decide', value: 4, unit: 'days', baseline: 12 }],
      scope: 'org',
      commitmentId: c.id
    })
    const data = core.store.data
    const h = historyFromEntries([...winEntries(data.wins), ...historyEntries(data).filter((e) => e.kind !== 'win')])
    expect(h.wins[0]).toMatchObject({
      id: w.id,
      scope: 'org',
      commitmentId: c.id,
      metrics: [{ label: 'Days to decide', value: 4, unit: 'days', baseline: 12 }]
    })
    expect(h.commitments![0]).toMatchObject({
      id: c.id,
      status: 'delivered',
      outcome: 'Used in the board deck',
      personId: priya.id,
      history: [{ status: 'delivered', on: today }]
    })
    expect(h.people).toEqual([{ id: priya.id, name: 'Priya', role: 'manager' }])
    expect(h.profile).toMatchObject({ targetLevel: 'Group PM', growthAreas: ['Public speaking'] })
    await core.close()
  })
})
