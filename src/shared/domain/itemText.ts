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
