import { finishDraft, ok, openBenchCore, type Core } from './benchCore'
import { median, ms, time, type Row } from './stats'

/**
 * Each built-in feature measured through the app's own route (validation, context, engine,
 * guards included). A feature lists the route call that produces its draft or score.
 */
export interface BuiltinCase {
  label: string
  run(core: Core): Promise<unknown>
}

const firstId = async (core: Core, route: string, pick: (x: { id: string; role?: string }) => boolean = () => true) =>
  (await ok<{ id: string; role?: string }[]>(core, route, route === 'wins.list' ? { limit: 1 } : {})).find(pick)!.id

const ANSWER =
  'Last year our CPO was trying to refresh the product strategy but had no time to write it. I offered to draft the first version. ' +
  'I interviewed six product leads, read two years of customer research, and wrote a five-page narrative with three bets and what we would stop doing. ' +
  'I reviewed it with the CPO twice and cut a third of it. The CPO used most of it in the board deck, and teams started planning against the three bets the next quarter. ' +
  'I learned to ask for the decision the document has to support before writing a single line.'

export const builtinCases: BuiltinCase[] = [
  { label: 'summary (draft kind, through drafts.start)', run: (core) => finishDraft(core, 'summary', { focus: 'planning' }) },
  {
    label: 'check-in agenda + offers (loop.prepare)',
    run: async (core) => ok(core, 'loop.prepare', { personId: await firstId(core, 'people.list', (p) => p.role === 'manager') })
  },
  {
    label: 'impact rewrite (impact.rewrite)',
    run: async (core) => ok(core, 'impact.rewrite', { winId: await firstId(core, 'wins.list') })
  },
  {
    // The fixture spreads wins over ten years, so a one-year packet compiles a tenth of them.
    label: 'promo packet, one year (promo.build, saved)',
    run: (core) =>
      ok(core, 'promo.build', {
        settings: { from: '2025-01-01', to: '2025-12-31', targetLevel: 'Group PM', criteria: ['Leads across teams'] }
      })
  },
  {
    label: 'promo packet, one quarter (promo.build, saved)',
    run: (core) =>
      ok(core, 'promo.build', {
        settings: { from: '2025-10-01', to: '2025-12-31', targetLevel: 'Group PM', criteria: ['Leads across teams'] }
      })
  },
  {
    label: 'rubric scoring (interview.submit, saved)',
    run: (core) =>
      ok(core, 'interview.submit', {
        questionId: 'beyond-assigned',
        questionText: 'How do you decide what work to take on beyond what your manager assigns?',
        competency: 'beyond-assigned',
        answer: ANSWER,
        typedSeconds: 120
      })
  }
]

export async function builtinBench(sizes: number[], runs: number): Promise<Row[]> {
  const rows: Row[] = []
  for (const n of sizes) {
    const { core, close } = await openBenchCore(n, 'builtin')
    for (const c of builtinCases) {
      await c.run(core) // warm-up
      const times: number[] = []
      for (let r = 0; r < runs; r++) times.push((await time(() => c.run(core)))[0])
      const t = median(times)
      rows.push({
        area: `built-in ${n.toLocaleString()} wins`,
        measure: c.label,
        value: `${ms(t)} ms`,
        target: n >= 10_000 ? '≤ 50 ms' : '',
        ok: n >= 10_000 ? t <= 50 : null
      })
    }
    await close()
  }
  return rows
}
