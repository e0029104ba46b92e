import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../app/createCore'
import { COLLECTIONS } from './importChecks'

const newCore = () =>
  createCore({ dataDir: mkdtempSync(join(tmpdir(), 'loopwise-import-')), mode: 'browser', version: 'test', lockFolder: false })

const ok = async <T>(core: Core, route: string, input: unknown): Promise<T> => {
  const r = await core.dispatch(route, input)
  if (!r.ok) throw new Error(`${route}: ${r.error.code} ${r.error.message}`)
  return r.data as T
}

interface Summary {
  previewId: string
  collections: {
    name: string
    label: string
    incoming: number
    existing: number
    added: number
    replaced: number
    unchanged: number
    removed: number
  }[]
  profile: { key: string; current: string; incoming: string }[]
  settings: { key: string; label: string; current: string; incoming: string }[]
  droppedKeys: { key: string; bytes: number }[]
  repairs: { collection: string; id: string; entry: string; repair: string }[]
}

async function seed(core: Core) {
  const boss = await ok<{ id: string }>(core, 'people.create', { name: 'Dana', role: 'manager' })
  const goal = await ok<{ id: string }>(core, 'goals.create', { title: 'Group PM', kind: 'promotion' })
  const { checkIn, commitment } = await ok<{ checkIn: { id: string }; commitment: { id: string } }>(core, 'checkIns.create', {
    checkIn: { personId: boss.id, date: '2026-01-10', theirGoals: ['Refresh strategy'], offer: 'Draft v1', goalIds: [goal.id] },
    commitment: { title: 'Draft v1 of the strategy', serves: { kind: 'goal', ref: goal.id } }
  })
  const win = await ok<{ id: string }>(core, 'wins.create', { date: '2026-02-01', title: 'Strategy v1', commitmentId: commitment.id })
  await ok(core, 'profile.update', { profile: { name: 'Sam', role: 'Senior PM' } })
  return { boss, goal, checkIn, commitment, win }
}

const exported = async (core: Core) => JSON.parse((await ok<{ text: string }>(core, 'data.export', {})).text).data
const file = (data: unknown) => JSON.stringify({ format: 'loopwise-export', version: 1, data })
const refused = async (core: Core, text: string, mode = 'replace') => {
  const out: string[] = []
  for (const route of ['data.importPreview', 'data.importApply']) {
    const r = await core.dispatch(route, { text, mode })
    expect(r.ok, route).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION')
      out.push(r.error.message)
    }
  }
  return out[0]!
}

describe('import: settings are never taken unless ticked', () => {
  it('lists every differing setting with its exact values and applies none by default', async () => {
    const core = await newCore()
    await seed(core)
    const data = await exported(core)
    data.settings = {
      ...data.settings,
      engine: 'compatible',
      compatibleBaseUrl: 'http://evil.example:8080/v1',
      allowPlainTextKeyStorage: true
    }
    const before = structuredClone(core.store.data.settings)
    const summary = await ok<Summary>(core, 'data.importPreview', { text: file(data), mode: 'replace' })
    expect(summary.settings).toEqual([
      { key: 'engine', label: 'Drafting engine', current: 'builtin', incoming: 'compatible' },
      {
        key: 'compatibleBaseUrl',
        label: 'OpenAI-compatible server (base URL)',
        current: 'http://127.0.0.1:11434/v1',
        incoming: 'http://evil.example:8080/v1'
      },
      { key: 'allowPlainTextKeyStorage', label: 'Keep the API key on disk without a keyring', current: 'off', incoming: 'on' }
    ])
    const applied = await ok<{ settingsTaken: string[] }>(core, 'data.importApply', { text: file(data), mode: 'replace' })
    expect(applied.settingsTaken).toEqual([])
    expect(core.store.data.settings).toEqual(before)
    // Ticking one takes that one only.
    const again = await ok<{ settingsTaken: string[] }>(core, 'data.importApply', {
      text: file(data),
      mode: 'merge',
      settings: ['compatibleBaseUrl']
    })
    expect(again.settingsTaken).toEqual(['compatibleBaseUrl'])
    expect(core.store.data.settings).toEqual({ ...before, compatibleBaseUrl: 'http://evil.example:8080/v1' })
    // A key the file does not change, or no setting at all, is never "taken".
    const none = await ok<{ settingsTaken: string[] }>(core, 'data.importApply', {
      text: file(data),
      mode: 'merge',
      settings: ['temperature', 'nope']
    })
    expect(none.settingsTaken).toEqual([])
    await core.close()
  })
})

describe('import: every collection is in the summary', () => {
  it('a replace that wipes drafts, packets, attempts and impact history says so', async () => {
    const core = await newCore()
    const { win } = await seed(core)
    await ok(core, 'impact.apply', { winId: win.id, text: 'Cut review time from 5 days to 2 days', form: 'edited' })
    await ok(core, 'promo.build', { settings: { from: '2026-01-01', to: '2026-06-30', targetLevel: 'Staff' } })
    const {
      questions: [q]
    } = await ok<{ questions: { id: string; text: string; competency: string }[] }>(core, 'interview.questions', {})
    await ok(core, 'interview.submit', { questionId: q!.id, questionText: q!.text, competency: q!.competency, answer: 'I led it.' })
    await ok(core, 'drafts.save', {
      kind: 'summary',
      title: 'Q1 summary',
      text: 'Draft text',
      status: 'complete',
      engine: 'builtin',
      model: ''
    })
    const emptyFile = file({ schemaVersion: 2 })
    const summary = await ok<Summary>(core, 'data.importPreview', { text: emptyFile, mode: 'replace' })
    expect(summary.collections.map((c) => c.name)).toEqual([...COLLECTIONS])
    const removed = Object.fromEntries(summary.collections.map((c) => [c.name, c.removed]))
    expect(removed).toEqual({
      wins: 1,
      goals: 1,
      people: 1,
      checkIns: 1,
      commitments: 1,
      drafts: 1,
      promoPackets: 1,
      interviewAttempts: 1,
      impactVersions: 1
    })
    expect(summary.profile).toContainEqual({ key: 'name', label: 'Your name', current: 'Sam', incoming: '(empty)' })
    await core.close()
  })

  it('merge counts added, replaced (different) and unchanged (identical) per collection', async () => {
    const core = await newCore()
    await seed(core)
    const data = await exported(core)
    data.wins[0].title = 'Strategy v1, renamed'
    data.goals.push({ ...data.goals[0], id: 'g-new', title: 'Learn SQL' })
    const summary = await ok<Summary>(core, 'data.importPreview', { text: file(data), mode: 'merge' })
    const by = Object.fromEntries(summary.collections.map((c) => [c.name, [c.added, c.replaced, c.unchanged, c.removed]]))
    expect(by.wins).toEqual([0, 1, 0, 0])
    expect(by.goals).toEqual([1, 0, 1, 0])
    expect(by.people).toEqual([0, 0, 1, 0])
    // Merging a file with no profile does not blank yours.
    const noProfile = await ok<Summary>(core, 'data.importPreview', { text: file({ schemaVersion: 2 }), mode: 'merge' })
    expect(noProfile.profile).toEqual([])
    await core.close()
  })
})

describe('import: duplicate ids are refused, naming the entries', () => {
  it('in a collection and among people’s goals and blockers', async () => {
    const core = await newCore()
    await seed(core)
    const before = JSON.stringify(core.store.data)
    const data = await exported(core)
    data.wins.push({ ...data.wins[0], title: 'A second win' })
    const message = await refused(core, file(data))
    expect(message).toContain('same id for more than one entry')
    expect(message).toContain(
      `Wins: id “${data.wins[0].id}” is used by 2 entries (win “Strategy v1” on 2026-02-01 (id ${data.wins[0].id}); win “A second win” on 2026-02-01`
    )
    const items = await exported(core)
    const item = items.people[0].items[0]
    items.people[0].items.push({ ...item, text: 'Another goal' })
    expect(await refused(core, file(items))).toContain(
      `id “${item.id}” is used by 2 entries (goal “Refresh strategy” of “Dana”; goal “Another goal” of “Dana”)`
    )
    expect(JSON.stringify(core.store.data)).toBe(before)
    await core.close()
  })
})

describe('import: links that point at nothing', () => {
  it('are repaired the way Loopwise repairs a delete, each repair shown before it is applied', async () => {
    const core = await newCore()
    const { commitment, win } = await seed(core)
    const data = await exported(core)
    data.people = []
    data.goals = []
    data.checkIns = data.checkIns.map((c: { personId: string }) => c) // kept; its person is gone → see next test
    data.checkIns = []
    data.commitments = data.commitments.filter((c: { id: string }) => c.id === commitment.id)
    const summary = await ok<Summary>(core, 'data.importPreview', { text: file(data), mode: 'replace' })
    const repairs = summary.repairs.map((r) => `${r.collection} ${r.repair}`)
    expect(repairs).toEqual([
      expect.stringMatching(/^commitments It is for person \S+, who is not there: the link to the missing person is removed/),
      expect.stringMatching(/^commitments It came from check-in \S+, which is not there: the link to the missing check-in is removed/),
      expect.stringMatching(/^commitments It serves your goal \S+, which is not there: what it serves is cleared/)
    ])
    expect(summary.repairs[0]!.entry).toBe(`commitment “Draft v1 of the strategy” (id ${commitment.id})`)
    const commitments = summary.collections.find((c) => c.name === 'commitments')!
    expect([commitments.replaced, commitments.unchanged]).toEqual([1, 0])
    await ok(core, 'data.importApply', { text: file(data), mode: 'replace', previewId: summary.previewId })
    const stored = core.store.data.commitments[0]!
    expect([stored.personId, stored.checkInId, stored.serves]).toEqual([undefined, undefined, undefined])
    expect(core.store.data.wins[0]!.commitmentId).toBe(commitment.id)
    expect(core.store.data.wins[0]!.id).toBe(win.id)
    await core.close()
  })

  it('a check-in whose person is missing cannot be repaired and is refused by name', async () => {
    const core = await newCore()
    const { checkIn } = await seed(core)
    const data = await exported(core)
    data.people = []
    const message = await refused(core, file(data))
    expect(message).toContain(`Check-ins: the check-in on 2026-01-10 (id ${checkIn.id}) is with person`)
    // The same file merged into a store that has the person is fine: links resolve against the result.
    const preview = await ok<Summary>(core, 'data.importPreview', { text: file(data), mode: 'merge' })
    expect(preview.repairs).toEqual([])
    await core.close()
  })

  it('the app’s own export after deleting a discussed goal imports, with the repair listed', async () => {
    const core = await newCore()
    const { goal } = await seed(core)
    await ok(core, 'goals.delete', { id: goal.id })
    const { text } = await ok<{ text: string }>(core, 'data.export', {})
    const fresh = await newCore()
    const summary = await ok<Summary>(fresh, 'data.importPreview', { text, mode: 'replace' })
    expect(summary.repairs.map((r) => r.collection).sort()).toEqual(['checkIns', 'commitments'])
    await ok(fresh, 'data.importApply', { text, mode: 'replace' })
    expect(fresh.store.data.checkIns[0]!.goalIds).toEqual([])
    // In a merge, a link already broken in your data, on an entry the file leaves alone, is not the import's doing.
    const again = await ok<Summary>(core, 'data.importPreview', { text: file({ schemaVersion: 2 }), mode: 'merge' })
    expect(again.repairs).toEqual([])
    await core.close()
    await fresh.close()
  })
})

describe('import: unknown keys and depth', () => {
  it('drops unknown top-level keys (a 1 MB junk string included) and lists them', async () => {
    const core = await newCore()
    await seed(core)
    const data = await exported(core)
    data.junk = 'x'.repeat(1024 * 1024)
    data.futureThing = [{ a: 1 }]
    const summary = await ok<Summary>(core, 'data.importPreview', { text: file(data), mode: 'replace' })
    expect(summary.droppedKeys).toEqual([
      { key: 'junk', bytes: 1024 * 1024 + 2 },
      { key: 'futureThing', bytes: 9 }
    ])
    await ok(core, 'data.importApply', { text: file(data), mode: 'replace' })
    await core.store.flush()
    expect(Object.keys(core.store.data)).not.toContain('junk')
    expect(readFileSync(core.store.file, 'utf8')).not.toContain('xxxxxxxxxx')
    await core.close()
  })

  it('a 3000-deep value is a clear VALIDATION error on both routes, never INTERNAL', async () => {
    const core = await newCore()
    await seed(core)
    const before = JSON.stringify(core.store.data)
    const data = await exported(core)
    for (const depth of [3000, 200_000]) {
      // Written as text: building it as a value and stringifying it would itself overflow the stack.
      const message = await refused(core, file(data).replace('"data":{', `"data":{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},`))
      expect(message).toMatch(/nests values more than 32 levels deep \(at data\.deep\.a\.a\.a\.a\.a\.…\)/)
    }
    // Known collections are bounded too.
    data.wins[0].metrics = [{ label: 'x', value: 1, unit: 'u', extra: JSON.parse('['.repeat(50) + ']'.repeat(50)) }]
    expect(await refused(core, file(data))).toMatch(/more than 32 levels deep \(at data\.wins\.0\.metrics\.0\.extra\.0\.…\)/)
    expect(JSON.stringify(core.store.data)).toBe(before)
    await core.close()
  })
})

describe('import: apply only what the preview showed', () => {
  it('refuses with CONFLICT when the data changed since the preview', async () => {
    const core = await newCore()
    await seed(core)
    const text = file(await exported(core))
    const { previewId } = await ok<Summary>(core, 'data.importPreview', { text, mode: 'replace' })
    await ok(core, 'wins.create', { date: '2026-03-01', title: 'Added in another tab' })
    const r = await core.dispatch('data.importApply', { text, mode: 'replace', previewId })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(core.store.data.wins.map((w) => w.title)).toContain('Added in another tab')
    const fresh = await ok<Summary>(core, 'data.importPreview', { text, mode: 'replace' })
    expect(fresh.collections.find((c) => c.name === 'wins')!.removed).toBe(1)
    await ok(core, 'data.importApply', { text, mode: 'replace', previewId: fresh.previewId })
    await core.close()
  })
})
