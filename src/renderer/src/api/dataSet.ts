/**
 * The data set on screen was replaced: the sample entered or left, or an import applied. State a
 * feature keeps across navigation (the promo form) belongs to the data it was typed over, so it
 * listens here; ordinary navigation sends nothing. Features meet here rather than importing each other.
 */
const listeners = new Set<() => void>()

export function onDataSetChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function dataSetChanged(): void {
  for (const l of listeners) l()
}
