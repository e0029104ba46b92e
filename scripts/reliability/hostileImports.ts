// "Import of each hostile file": every file a person could be handed, through browser mode's
// real HTTP transport on a real data folder. A refusal must be VALIDATION (400) naming the
// entries and change nothing; an accepted file must show every change in the preview and
// apply exactly that (settings only when ticked).
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCore, type Core } from '../../src/main/core/app/createCore'
import { startWebServer, type RunningWebServer } from '../../src/main/web/httpServer'
import { quietLogger, newDataDir, type Figure, type RunConfig, type Section } from './lib'

interface Answer {
  status: number
  body: { ok: boolean; data?: unknown; error?: { code: string; message: string } }
  ms: number
}

interface Summary {
  previewId: string
  collections: { name: string; existing: number; incoming: number; added: number; removed: number; replaced: number }[]
  settings: { key: string; current: string; incoming: string }[]
  droppedKeys: { key: string; bytes: number }[]
  repairs: { entry: string; repair: string }[]
}

class Client {
  constructor(private readonly web: RunningWebServer) {}
  async call(route: string, input: unknown): Promise<Answer> {
    const t0 = performance.now()
    const res = await fetch(`http://127.0.0.1:${this.web.port}/api/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.web.token}` },
      body: JSON.stringify(input)
    })
    return { status: res.status, body: (await res.json()) as Answer['body'], ms: performance.now() - t0 }
  }
  async ok<T>(route: string, input: unknown = {}): Promise<T> {
    const a = await this.call(route, input)
    if (!a.body.ok) throw new Error(`${route}: ${a.body.error?.code} ${a.body.error?.message}`)
    return a.body.data as T
  }
}

async function seeded(label: string) {
  const dir = newDataDir(`import-${label}`)
  const core: Core = await createCore({ dataDir: dir, mode: 'browser', version: 'reliability', logger: quietLogger })
  const web = await startWebServer({ core, rendererDir: join(dir, 'no-renderer'), port: 0 })
  const c = new Client(web)
  const boss = await c.ok<{ id: string }>('people.create', { name: 'Dana', role: 'manager' })
  const goal = await c.ok<{ id: string }>('goals.create', { title: 'Group PM', kind: 'promotion' })
  const { commitment } = await c.ok<{ commitment: { id: string } }>('checkIns.create', {
    checkIn: { personId: boss.id, date: '2026-01-10', theirGoals: ['Refresh strategy'], goalIds: [goal.id] },
    commitment: { title: 'Draft v1', serves: { kind: 'goal', ref: goal.id } }
  })
  const win = await c.ok<{ id: string }>('wins.create', { date: '2026-02-01', title: 'Strategy v1', commitmentId: commitment.id })
  await c.ok('impact.apply', { winId: win.id, text: 'Cut review from 5 days to 2 days', form: 'edited' })
  await c.ok('promo.build', { settings: { from: '2026-01-01', to: '2026-06-30', targetLevel: 'Staff' } })
  await c.ok('drafts.save', { kind: 'summary', title: 'Q1', text: 'Draft', status: 'complete', engine: 'builtin', model: '' })
  const {
    questions: [q]
  } = await c.ok<{ questions: { id: string; text: string; competency: string }[] }>('interview.questions')
  await c.ok('interview.submit', { questionId: q!.id, questionText: q!.text, competency: q!.competency, answer: 'I led it.' })
  const exported = JSON.parse((await c.ok<{ text: string }>('data.export')).text)
  const storeText = () => readFileSync(join(dir, 'loopwise.json'), 'utf8')
  return {
    c,
    dir,
    exported,
    dataOf: async () => JSON.parse((await c.ok<{ text: string }>('data.export')).text).data as Record<string, unknown>,
    storeText,
    close: async () => {
      await web.close()
      await core.close()
    }
  }
}

const wrap = (data: unknown) => JSON.stringify({ format: 'loopwise-export', version: 1, data })

/** Both routes refuse with 400 VALIDATION and the message names what is wrong; nothing changes. */
async function refusedEverywhere(s: Awaited<ReturnType<typeof seeded>>, text: string, names: RegExp) {
  const before = JSON.stringify(await s.dataOf())
  const answers: Answer[] = []
  for (const route of ['data.importPreview', 'data.importApply']) answers.push(await s.c.call(route, { text, mode: 'replace' }))
  const unchanged = JSON.stringify(await s.dataOf()) === before
  const ok = answers.every((a) => a.status === 400 && a.body.error?.code === 'VALIDATION' && names.test(a.body.error.message)) && unchanged
  return { ok, answers, unchanged }
}

export async function hostileImports(config: RunConfig): Promise<Section> {
  const figures: Figure[] = []
  const failures: string[] = []
  const area = 'hostile imports'
  const fig = (figure: string, value: string | number, ok: boolean, note?: string) => {
    figures.push({ area, figure, value, ok, note })
    if (!ok) failures.push(`${figure}: ${value}${note ? ` (${note})` : ''}`)
  }

  // Duplicate ids: refused, both entries named.
  {
    const s = await seeded('dup')
    const data = structuredClone(s.exported.data)
    data.wins.push({ ...data.wins[0], title: 'Second copy' })
    const r = await refusedEverywhere(s, wrap(data), /id “[^”]+” is used by 2 entries \(win “Strategy v1”.*win “Second copy”/)
    fig('duplicate ids → refused, entries named', r.answers.map((a) => `${a.status} ${a.body.error?.code}`).join(', '), r.ok)
    await s.close()
  }

  // Dangling references: repaired, each repair in the preview, applied exactly.
  {
    const s = await seeded('dangling')
    const data = structuredClone(s.exported.data)
    data.people = []
    data.goals = []
    data.checkIns = []
    const preview = await s.c.ok<Summary>('data.importPreview', { text: wrap(data), mode: 'replace' })
    await s.c.ok('data.importApply', { text: wrap(data), mode: 'replace', previewId: preview.previewId })
    const after = (await s.dataOf()) as { commitments: { personId?: string; checkInId?: string; serves?: unknown }[] }
    const clean = after.commitments.every((c) => !c.personId && !c.checkInId && !c.serves)
    fig(
      'dangling links → repaired as previewed',
      `${preview.repairs.length} shown, links left: ${clean ? 0 : 'some'}`,
      preview.repairs.length === 3 && clean
    )
    const orphan = structuredClone(s.exported.data)
    orphan.people = []
    const r = await refusedEverywhere(s, wrap(orphan), /Check-ins: the check-in on 2026-01-10 \(id [^)]+\) is with person/)
    fig('check-in without its person → refused, named', r.answers.map((a) => a.status).join(', '), r.ok)
    await s.close()
  }

  // Unknown keys, one a 1 MB junk string: dropped, listed, never stored.
  {
    const s = await seeded('unknown')
    const data = { ...structuredClone(s.exported.data), junk: 'x'.repeat(1024 * 1024), later: { a: [1] } }
    const preview = await s.c.ok<Summary>('data.importPreview', { text: wrap(data), mode: 'merge' })
    await s.c.ok('data.importApply', { text: wrap(data), mode: 'merge' })
    const stored = s.storeText().includes('xxxxxxxx') || 'junk' in (await s.dataOf())
    const listed = preview.droppedKeys
      .map((d) => `${d.key} ${d.bytes >= 1024 ? `${Math.round(d.bytes / 1024)} KB` : `${d.bytes} B`}`)
      .join(', ')
    fig(
      'unknown keys (1 MB junk) → dropped and listed',
      listed,
      preview.droppedKeys.length === 2 && !stored,
      stored ? 'junk reached the store' : undefined
    )
    await s.close()
  }

  // Nesting far deeper than any Loopwise data: a clear VALIDATION, never INTERNAL.
  {
    const s = await seeded('deep')
    for (const depth of config.short ? [3000] : [3000, 100_000]) {
      const text = wrap(s.exported.data).replace('"data":{', `"data":{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},`)
      const r = await refusedEverywhere(s, text, /nests values more than 32 levels deep/)
      fig(
        `${depth.toLocaleString('en-US')}-deep value → VALIDATION`,
        r.answers.map((a) => `${a.status} in ${Math.round(a.ms)} ms`).join(', '),
        r.ok
      )
    }
    await s.close()
  }

  // Settings smuggled in: shown with exact values, none taken unless ticked.
  {
    const s = await seeded('settings')
    const data = structuredClone(s.exported.data)
    data.settings = {
      ...data.settings,
      engine: 'compatible',
      compatibleBaseUrl: 'http://evil.example/v1',
      allowPlainTextKeyStorage: true,
      temperature: 2
    }
    const before = await s.c.ok<{ settings: unknown }>('settings.get')
    const preview = await s.c.ok<Summary>('data.importPreview', { text: wrap(data), mode: 'replace' })
    const applied = await s.c.ok<{ settingsTaken: string[] }>('data.importApply', { text: wrap(data), mode: 'replace' })
    const after = await s.c.ok<{ settings: unknown }>('settings.get')
    const exact = preview.settings.some((x) => x.incoming === 'http://evil.example/v1')
    const same = JSON.stringify(after.settings) === JSON.stringify(before.settings)
    fig(
      'settings smuggled in → shown, none taken unticked',
      `${preview.settings.length} shown, ${applied.settingsTaken.length} taken`,
      exact && same && preview.settings.length === 4
    )
    await s.close()
  }

  // Every collection replaced by an empty file: every one listed with what it loses.
  {
    const s = await seeded('replace')
    const before = await s.dataOf()
    const preview = await s.c.ok<Summary>('data.importPreview', { text: wrap({ schemaVersion: 2 }), mode: 'replace' })
    const wrong = preview.collections.filter((c) => c.removed !== ((before[c.name] as unknown[]) ?? []).length)
    const nonEmpty = preview.collections.filter((c) => c.removed > 0).length
    fig(
      'every collection replaced → all listed with removed counts',
      `${preview.collections.length} listed, ${nonEmpty} losing entries`,
      preview.collections.length === 9 && nonEmpty === 9 && wrong.length === 0
    )
    // What the person waits for: preview and apply of a big history.
    const wins = config.short ? 500 : 10_000
    const big = structuredClone(s.exported.data)
    const template = big.wins[0]
    big.wins = Array.from({ length: wins }, (_, i) => ({
      ...template,
      id: `w${i}`,
      title: `Win ${i}`,
      commitmentId: i % 3 ? undefined : template.commitmentId
    }))
    const text = wrap(big)
    const p = await s.c.call('data.importPreview', { text, mode: 'merge' })
    const a = await s.c.call('data.importApply', { text, mode: 'merge', previewId: (p.body.data as Summary).previewId })
    fig(
      `${wins.toLocaleString('en-US')}-win file (${(text.length / 1024 / 1024).toFixed(1)} MB): preview, apply`,
      `${Math.round(p.ms)} ms, ${Math.round(a.ms)} ms`,
      p.body.ok && a.body.ok,
      p.body.ok && a.body.ok ? undefined : `${p.body.error?.message ?? ''} ${a.body.error?.message ?? ''}`
    )
    await s.close()
  }

  // `backups/` is a plain file: the pre-import backup cannot be taken. A storage fault that says
  // what to do (STORAGE, never INTERNAL), and nothing imported.
  {
    const s = await seeded('backups-file')
    const backups = join(s.dir, 'backups')
    rmSync(backups, { recursive: true, force: true })
    writeFileSync(backups, 'a file where the backups folder should be')
    const before = JSON.stringify(await s.dataOf())
    const a = await s.c.call('data.importApply', { text: wrap(s.exported.data), mode: 'replace' })
    const unchanged = JSON.stringify(await s.dataOf()) === before
    fig(
      'backups/ is a plain file → import refused as STORAGE, nothing changed',
      `${a.body.error?.code ?? 'ok'}${unchanged ? ', unchanged' : ', CHANGED'}`,
      a.body.error?.code === 'STORAGE' && /is a file, not a folder/.test(a.body.error.message) && unchanged,
      a.body.error?.message?.replace(/\/tmp\/\S*\/(backups)/, '…/$1').slice(0, 120)
    )
    await s.close()
  }
  return { name: 'hostile-imports', figures, failures }
}
