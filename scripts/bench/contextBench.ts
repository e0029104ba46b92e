import { historyEntries } from '../../src/main/core/features/drafting/context/historyEntries'
import { selectContext } from '../../src/main/core/features/drafting/context/selectContext'
import { summaryKind } from '../../src/main/core/features/drafting/kinds/summary'
import { defaultDraftingSettings } from '../../src/shared/domain/drafting'
import { makeStoreData } from './fixtures'
import './historyFixtures'
import { median, ms, time, type Row } from './stats'

/** Context selection as a draft does it: history → prompt-safe entries → ranked within the budget. */
export async function contextBench(sizes: number[], runs: number): Promise<Row[]> {
  const rows: Row[] = []
  const budget = defaultDraftingSettings().contextTokenBudget
  const tokens: number[] = []
  for (const n of sizes) {
    const data = makeStoreData(n)
    const times: number[] = []
    let last = 0
    for (let r = 0; r < runs; r++) {
      const [t, selection] = await time(() =>
        selectContext(historyEntries(data), summaryKind.criteria({ focus: 'hiring pipeline' }), budget)
      )
      times.push(t)
      last = selection.tokens
    }
    tokens.push(last)
    const t = median(times)
    rows.push({
      area: `context ${n.toLocaleString()} wins`,
      measure: 'selection time / prompt tokens',
      value: `${ms(t)} ms / ${last.toLocaleString()} tokens (budget ${budget.toLocaleString()})`,
      target: n >= 10_000 ? '≤ 20 ms, tokens ≤ budget' : 'tokens ≤ budget',
      ok: last <= budget && (n < 10_000 || t <= 20)
    })
  }
  const spread = Math.max(...tokens) / Math.max(1, Math.min(...tokens))
  rows.push({
    area: 'context',
    measure: 'prompt tokens largest ÷ smallest size',
    value: `${spread.toFixed(2)}×`,
    target: 'flat (bounded by budget)',
    ok: spread <= 1.5
  })
  return rows
}
