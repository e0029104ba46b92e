import { editWin, openBenchCore, timeSummary } from './benchCore'
import { withLoad } from './load'
import { median, ms, type Row } from './stats'

/**
 * "A built-in summary right after an edit" (issue 18 item 6): the summary is timed after each
 * edit of a win, once the process has built its caches (the first summary, timed apart). The
 * history caches are keyed on collection versions, so an edit re-derives only what it changed.
 */
export async function editBench(sizes: number[], rounds: number): Promise<Row[]> {
  const rows: Row[] = []
  const warmBySize = new Map<number, number>()
  for (const size of sizes) {
    const { core, close } = await openBenchCore(size, 'edit')
    const first = await timeSummary(core)
    const afterEdit: number[] = []
    for (let r = 0; r < rounds; r++) {
      await editWin(core, r, '(edited)')
      afterEdit.push(await timeSummary(core))
    }
    await close()
    const m = median(afterEdit)
    warmBySize.set(size, m)
    rows.push({
      area: `edit ${size.toLocaleString()} wins`,
      measure: `summary draft (drafts.start, built-in) right after a wins.update: median / max of ${rounds} (first summary in the process)`,
      value: withLoad(`${ms(m)} / ${ms(Math.max(...afterEdit))} ms (${ms(first)} ms)`),
      target: '≤ 100 ms',
      ok: m <= 100
    })
  }
  if (sizes.length > 1) {
    const a = warmBySize.get(sizes[0]!)!
    const b = warmBySize.get(sizes.at(-1)!)!
    rows.push({
      area: 'edit',
      measure: `summary right after an edit, ${sizes.at(-1)!.toLocaleString()} ÷ ${sizes[0]!.toLocaleString()} wins`,
      value: `${(b / a).toFixed(2)}×`,
      target: `≤ ${sizes.at(-1)! / sizes[0]!}×`,
      ok: b / a <= sizes.at(-1)! / sizes[0]!
    })
  }
  return rows
}
