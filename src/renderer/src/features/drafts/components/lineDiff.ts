export type DiffRow = { left: string | null; right: string | null; changed: boolean }

/** Side-by-side line diff (LCS). Drafts are short, so O(n·m) is fine. */
export function lineDiff(a: string, b: string): DiffRow[] {
  const x = a.split('\n')
  const y = b.split('\n')
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0))
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const rows: DiffRow[] = []
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      rows.push({ left: x[i]!, right: y[j]!, changed: false })
      i++
      j++
    } else if (j < y.length && (i >= x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      rows.push({ left: null, right: y[j++]!, changed: true })
    } else {
      rows.push({ left: x[i++]!, right: null, changed: true })
    }
  }
  return rows
}
