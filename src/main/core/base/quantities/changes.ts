import { parseQuantities, type ParseOptions } from './parse'
import { findPairs } from './pairs'
import type { Change, Quantity } from './types'
import { unitFactor } from './units'

/** A quantity's value in its dimension's base unit (seconds, bytes), for comparing two sides. */
export const baseValue = (q: Pick<Quantity, 'dimension' | 'unit' | 'value'>) => q.value * unitFactor(q.dimension, q.unit)

/** Every before/after change in a text, with the multiple and the direction. */
export function parseChanges(text: string, options: ParseOptions = {}): Change[] {
  const qs = parseQuantities(text, options)
  const out: Change[] = []
  for (const p of findPairs(text, qs)) {
    const b = baseValue(p.before)
    const a = baseValue(p.after)
    out.push({
      span: [p.start, p.end],
      text: text.slice(p.start, p.end),
      before: p.before,
      after: p.after,
      ...(b !== 0 && p.before.dimension === p.after.dimension ? { multiple: a / b } : {}),
      direction: a > b ? 'up' : a < b ? 'down' : 'same',
      about: p.before.about || p.after.about
    })
  }
  for (const q of qs) {
    if (q.dimension !== 'multiple' || !q.words || !q.direction) continue
    out.push({ span: q.span, text: q.text, multiple: q.value, direction: q.direction, about: q.about })
  }
  return out.sort((x, y) => x.span[0] - y.span[0])
}
