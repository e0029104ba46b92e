/**
 * The items in `compare` order, produced lazily: the first `first` come from a bounded heap
 * (O(n log k)), and only a caller that reads past them pays for sorting the rest. `compare` must
 * be a total order (break ties by position) so the prefix equals a full sort's.
 */
export function* inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number, first = 256): Generator<T> {
  if (items.length <= first * 4) {
    yield* [...items].sort(compare)
    return
  }
  // A max-heap under `compare` (the worst kept item on top) of the best `first` items.
  const heap: T[] = []
  const worse = (a: T, b: T) => compare(a, b) > 0
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!worse(heap[i]!, heap[p]!)) break
      ;[heap[i], heap[p]] = [heap[p]!, heap[i]!]
      i = p
    }
  }
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
      i = m
    }
  }
  for (const item of items) {
    if (heap.length < first) {
      heap.push(item)
      up(heap.length - 1)
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item
      down(0)
    }
  }
  const best = heap.sort(compare)
  yield* best
  // Read past the prefix: sort what is left (everything after the last item already given).
  const last = best.at(-1)!
  yield* items.filter((item) => compare(item, last) > 0).sort(compare)
}
