import { benchPeople, ok, openBenchCore } from './benchCore'
import { withLoad } from './load'
import type { Row } from './stats'

/** Every draft kind and variant, with the params a screen sends (person ids filled in per store). */
const variants = (people: { manager: string; skip: string }): { label: string; kind: string; params: Record<string, unknown> }[] => [
  { label: 'summary', kind: 'summary', params: { focus: 'hiring pipeline' } },
  { label: 'agenda, manager', kind: 'agenda', params: { personId: people.manager } },
  {
    label: 'agenda, manager, advanced, short',
    kind: 'agenda',
    params: { personId: people.manager, loop: { advanced: true, length: 'short' } }
  },
  { label: 'agenda, skip-level', kind: 'agenda', params: { personId: people.skip, loop: { variant: 'skip-level' } } },
  { label: 'offers, manager', kind: 'offers', params: { personId: people.manager } },
  { label: 'offers, own idea', kind: 'offers', params: { personId: people.manager, loop: { ownIdea: 'Draft the hiring plan' } } },
  { label: 'offers, skip-level', kind: 'offers', params: { personId: people.skip, loop: { variant: 'skip-level' } } },
  { label: 'impact statement', kind: 'impact-statement', params: {} },
  { label: 'interview answer', kind: 'interview-answer', params: { focus: 'Tell me about a time you led without authority.' } },
  { label: 'promo packet', kind: 'promo-packet', params: { from: '2025-01-01', to: '2025-12-31' } }
]

/**
 * The whole prompt (system + user messages, as drafts.preview shows them) per kind and variant
 * at each size: every part of it — context, plan, candidates, commitments — must stay bounded.
 */
export async function promptBench(sizes: number[]): Promise<Row[]> {
  const tokens = new Map<string, number[]>()
  // Sizes where the context slice is not full yet (a 100-win store has ten wins in a year) grow
  // up to the budget by design; flatness is judged from the first size whose slice is full.
  const full = new Map<string, boolean[]>()
  let known: string[] = []
  for (const n of sizes) {
    const { core, close } = await openBenchCore(n, 'prompt')
    const ids = await benchPeople(core)
    const kinds = (await ok<{ id: string }[]>(core, 'drafts.kinds', {})).map((k) => k.id)
    known = kinds
    for (const v of variants(ids)) {
      if (!kinds.includes(v.kind)) continue
      const preview = await ok<{ promptTokens: number; contextTokens: number; budget: number }>(core, 'drafts.preview', {
        kind: v.kind,
        params: v.params
      })
      tokens.set(v.label, [...(tokens.get(v.label) ?? []), preview.promptTokens])
      full.set(v.label, [...(full.get(v.label) ?? []), preview.contextTokens >= 0.9 * preview.budget])
    }
    await close()
  }
  const rows: Row[] = []
  for (const [label, counts] of tokens) {
    const spread = Math.max(...counts) / Math.max(1, Math.min(...counts))
    const from = full.get(label)!.findIndex(Boolean)
    const judged = from > 0 ? counts.slice(from) : counts
    const flat = Math.max(...judged) / Math.max(1, Math.min(...judged))
    rows.push({
      area: 'whole prompt',
      measure: `${label}: tokens at ${sizes.map((s) => s.toLocaleString()).join(' / ')} wins`,
      value: withLoad(
        `${counts.map((c) => c.toLocaleString()).join(' / ')} (${spread.toFixed(2)}×${from > 0 ? `; ${flat.toFixed(2)}× once the context budget is full` : ''})`
      ),
      target: '≤ 1.1× (flat)',
      ok: flat <= 1.1
    })
  }
  const missing = variants({ manager: '', skip: '' }).filter((v) => !known.includes(v.kind))
  for (const v of missing) rows.push({ area: 'whole prompt', measure: `${v.label}: kind not registered`, value: '—', target: '', ok: null })
  return rows
}
