import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../app/createCore'
import { todayIso } from '../../base/clock'
import { tempDataDir } from '../../store/testing'

const open = (dataDir = tempDataDir()) => createCore({ dataDir, mode: 'browser', version: 'test', lockFolder: false })
const must = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.data
}

describe('impact routes on a real store', () => {
  it('rewrites a task-only win with a placeholder, applies it with versions, reverts, and survives a reopen', async () => {
    const dataDir = tempDataDir()
    const core = await open(dataDir)
    const win = must(
      await core.dispatch('wins.create', { date: '2026-03-14', title: 'Migrated the team to a new planning tool', impact: 'Moved us over' })
    )
    const rewrite = must(await core.dispatch('impact.rewrite', { winId: win.id }))
    expect(rewrite.xyz).toContain('[metric?]')
    expect(rewrite.xyz).not.toMatch(/\d/)
    expect(rewrite.questions.some((q) => /How many people or teams moved over/.test(q))).toBe(true)

    const first = must(await core.dispatch('impact.apply', { winId: win.id, text: rewrite.xyz, form: 'xyz' }))
    expect(first.win.impact).toBe(rewrite.xyz)
    expect(first.version.previous).toBe('Moved us over')
    const second = must(await core.dispatch('impact.apply', { winId: win.id, text: 'Six teams plan in one tool.', form: 'edited' }))
    expect(second.version.previous).toBe(rewrite.xyz)
    const history = must(await core.dispatch('impact.history', { winId: win.id }))
    expect(history.map((v) => v.form)).toEqual(['edited', 'xyz'])

    const reverted = must(await core.dispatch('impact.revert', { versionId: first.version.id }))
    expect(reverted.win.impact).toBe('Moved us over')
    await core.close()

    const again = await open(dataDir)
    expect(must(await again.dispatch('wins.get', { id: win.id })).impact).toBe('Moved us over')
    expect(must(await again.dispatch('impact.history', { winId: win.id })).map((v) => v.form)).toEqual(['revert', 'edited', 'xyz'])
    expect(await again.dispatch('impact.apply', { winId: win.id, text: '   ', form: 'xyz' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'The impact text is empty; nothing to apply.' }
    })
    expect(await again.dispatch('impact.revert', { versionId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await again.close()
  })

  it('builds a packet, adds a version, and exports Markdown and a DOCX that parses', async () => {
    const core = await open()
    must(
      await core.dispatch('wins.create', {
        date: '2026-02-01',
        title: 'Overhauled the interview loop',
        impact: 'Time to offer went from 12 days to 4',
        scope: 'org'
      })
    )
    must(
      await core.dispatch('wins.create', {
        date: '2026-03-01',
        title: 'Ran the planning-tool rollout',
        metrics: [{ label: 'Teams migrated', value: 6, unit: 'teams' }],
        impact: 'All teams plan in one tool'
      })
    )
    const defaults = must(await core.dispatch('promo.defaults', { targetLevel: 'Staff' }))
    expect(defaults.criteria[0]).toMatch(/direction across several teams/)
    const settings = { from: '2026-01-01', to: '2026-06-30', targetLevel: 'Staff', criteria: defaults.criteria }
    const record = must(await core.dispatch('promo.build', { settings }))
    expect(record.versions).toHaveLength(1)
    const v2 = must(
      await core.dispatch('promo.build', { packetId: record.id, settings: { ...settings, criteria: ['Leads across teams'] } })
    )
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2])
    expect(must(await core.dispatch('promo.list', {}))).toMatchObject([{ id: record.id, versions: 2, targetLevel: 'Staff' }])

    const md = must(await core.dispatch('promo.export', { id: record.id, format: 'markdown' }))
    expect(md.fileName).toBe('promo-packet-staff-v2.md')
    expect(md.content).toContain('Criterion: Leads across teams')
    const docx = must(await core.dispatch('promo.export', { id: record.id, format: 'docx', version: 1 }))
    const files = unzipSync(new Uint8Array(Buffer.from(docx.content, 'base64')))
    expect(strFromU8(files['word/document.xml']!)).toContain('Overhauled the interview loop')
    expect(await core.dispatch('promo.build', { settings: { ...settings, from: '2026-07-01' } })).toMatchObject({
      ok: false,
      error: { message: 'The period must start before it ends.' }
    })
    await core.close()
  })

  it('packs delivered loop commitments and supporters from the history, never a private item', async () => {
    const core = await open()
    const priya = must(await core.dispatch('people.create', { name: 'Priya', role: 'manager', title: 'CPO' }))
    must(
      await core.dispatch('people.addItem', {
        personId: priya.id,
        kind: 'note',
        text: 'SECRET reorg rumour',
        date: '2026-01-10',
        private: true
      })
    )
    const c = must(await core.dispatch('commitments.create', { title: 'Draft v1 of the product strategy', personId: priya.id }))
    // Transitions cannot predate the commitment, which was created today.
    const today = todayIso()
    for (const to of ['accepted', 'in-progress'] as const) must(await core.dispatch('commitments.transition', { id: c.id, to, on: today }))
    must(await core.dispatch('commitments.transition', { id: c.id, to: 'delivered', on: today, outcome: 'CPO used most of it' }))
    const open2 = must(await core.dispatch('commitments.create', { title: 'Run the pricing experiment', personId: priya.id }))
    must(
      await core.dispatch('wins.create', {
        date: '2026-03-01',
        title: 'Ran the planning-tool rollout',
        impact: 'All teams plan in one tool',
        metrics: [{ label: 'Teams', value: 6, unit: 'teams' }],
        scope: 'org'
      })
    )
    const record = must(
      await core.dispatch('promo.build', { settings: { from: '2020-01-01', to: today, targetLevel: 'Staff', criteria: [] } })
    )
    const packet = record.versions[0]!.packet
    const text = JSON.stringify(packet)
    expect(text).toContain(`Draft v1 of the product strategy — CPO used most of it (delivered ${today}).`)
    expect(text).not.toContain('Run the pricing experiment')
    expect(text).not.toContain('SECRET')
    const supporters = packet.sections.find((s) => s.id === 'supporters')!.items
    expect(supporters[0]).toMatchObject({
      text: 'Priya (manager) — can speak to: Draft v1 of the product strategy.',
      sourceIds: [priya.id, c.id]
    })
    expect(packet.sources.find((s) => s.id === c.id)).toMatchObject({ kind: 'Commitment', date: today })
    expect(open2.status).toBe('proposed')
    await core.close()
  })

  it('saves rehearsal attempts per question with scores over time, and drafts a better answer from history', async () => {
    const core = await open()
    const win = must(
      await core.dispatch('wins.create', {
        date: '2026-02-01',
        title: 'Overhauled the interview loop',
        whatIDid: 'Designed one rubric per stage.',
        impact: 'Time to offer went from 12 days to 4'
      })
    )
    const { questions } = must(await core.dispatch('interview.questions', { limit: 200 }))
    expect(questions[0]).toMatchObject({ id: `win:${win.id}`, source: 'win' })
    expect(questions.some((q) => q.text === 'How do you decide what work to take on beyond what your manager assigns?')).toBe(true)
    const q = questions[0]!
    const base = { questionId: q.id, questionText: q.text, competency: q.competency, typedSeconds: 95 }
    const a1 = must(await core.dispatch('interview.submit', { ...base, answer: 'We kind of fixed hiring, you know.' }))
    const improved = must(await core.dispatch('interview.improve', { questionText: q.text, competency: q.competency, winId: win.id }))
    expect(improved.sources[0]!.id).toBe(win.id)
    const a2 = must(await core.dispatch('interview.submit', { ...base, answer: improved.text }))
    expect(a2.feedback.overall).toBeGreaterThan(a1.feedback.overall)
    expect(must(await core.dispatch('interview.attempts', { questionId: q.id })).map((a) => a.id)).toEqual([a1.id, a2.id])
    expect(await core.dispatch('interview.submit', { ...base, answer: '  ' })).toMatchObject({
      ok: false,
      error: { message: 'Type an answer before asking for feedback.' }
    })
    await core.close()
  })
})
