/**
 * Sorted lists served a page at a time. The store replaces a collection's array on any change
 * (immer), so a sort is kept per array and filter key and reused until that collection changes:
 * scrolling a list of thousands costs a slice, not a filter and sort per page.
 */
const sorted = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>()

export function sortedOnce<T>(source: readonly T[], key: string, build: () => T[]): readonly T[] {
  let byKey = sorted.get(source)
  if (!byKey) {
    byKey = new Map()
    sorted.set(source, byKey)
  }
  let list = byKey.get(key) as readonly T[] | undefined
  if (!list) {
    list = build()
    // A handful of filters (a person, open or all) per version of a collection.
    if (byKey.size > 32) byKey.clear()
    byKey.set(key, list)
  }
  return list
}

export interface Page<T> {
  total: number
  offset: number
  items: T[]
}

export const slicePage = <T>(list: readonly T[], offset: number, limit: number): Page<T> => ({
  total: list.length,
  offset,
  items: list.slice(offset, offset + limit)
})
