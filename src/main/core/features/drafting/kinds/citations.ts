import { sourceLabel, type ContextEntry } from '../../../../../shared/domain/contextEntry'

/** The drafting panel's label of an entry (S1… in the order the run was given them), or null. */
export const labelOf = (entries: readonly ContextEntry[], id: string) => {
  const i = entries.findIndex((e) => e.id === id)
  return i >= 0 ? sourceLabel(i) : null
}

/** " [S1, S3]" for the ids among the entries; "" when none is. */
export const cite = (entries: readonly ContextEntry[], ids: readonly string[]) => {
  const labels = ids.map((id) => labelOf(entries, id)).filter(Boolean)
  return labels.length ? ` [${labels.join(', ')}]` : ''
}

export const JSON_LABELS = 'Give each item the labels of the entries it came from in "sources" (S1…), never a label you were not given.'

/**
 * The typed objects behind the chosen entries, in the entries' order: a built-in writer reads
 * the prompt-safe view's objects for what the run was given, never the store, never entry text.
 */
export function chosen<T extends { id: string }>(items: readonly T[], entries: readonly ContextEntry[], kind: ContextEntry['kind']): T[] {
  const byId = new Map(items.map((x) => [x.id, x]))
  return entries.flatMap((e) => {
    const item = e.kind === kind ? byId.get(e.id) : undefined
    return item ? [item] : []
  })
}
