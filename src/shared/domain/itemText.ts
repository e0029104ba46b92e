/**
 * The form in which two typings of the same goal, blocker or note count as the same words:
 * case, runs of whitespace, Unicode look-alikes and trailing punctuation do not matter
 * ("Hiring freeze." is "hiring freeze"). Used to match a check-in's copy to its item when
 * no id links them, and to keep a re-typed private item private.
 */
export function normalizeItemText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,…]+$/u, '')
    .toLowerCase()
}

const words = (text: string) =>
  new Set(
    normalizeItemText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  )

/**
 * The private item of the same kind that `text` closely matches, if any: the same words after
 * normalising, or nearly the same set of words (one added, dropped or reordered in a longer
 * line). Asked before saving a shareable item, so a re-typed private one is not exposed by accident.
 */
export function privateLookalike<T extends { kind: string; text: string; private: boolean }>(
  text: string,
  kind: string,
  items: readonly T[]
): T | undefined {
  const mine = words(text)
  if (!mine.size) return undefined
  return items.find((item) => {
    if (!item.private || item.kind !== kind) return false
    if (normalizeItemText(item.text) === normalizeItemText(text)) return true
    const theirs = words(item.text)
    const shared = [...mine].filter((w) => theirs.has(w)).length
    const union = new Set([...mine, ...theirs]).size
    return union >= 4 && shared / union >= 0.75
  })
}
