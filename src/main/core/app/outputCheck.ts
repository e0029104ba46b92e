import type { z } from 'zod'

type Checked = { success: true; data: unknown } | { success: false; error: z.ZodError }

/**
 * Output validation for a route. Lists of stored objects (wins, commitments…) are checked item
 * by item and each item's parsed (stripped) copy is remembered by the item object itself.
 *
 * Why this is safe: the store changes only through immer, which never mutates a stored object
 * in place — a changed win is a new object — so the same object means the same content and the
 * same parse. An object a handler builds fresh on each call simply never hits the cache, and
 * the WeakMap lets every entry go with its object. Why it matters: checking 10,000 wins took
 * most of a `wins.list` call; a repeated list now costs one map lookup per item.
 */
export function createOutputChecker(schema: z.ZodType): (output: unknown) => Checked {
  const def = (schema as unknown as { _zod: { def: { type: string; element?: z.ZodType; checks?: unknown[] } } })._zod.def
  const item = def.type === 'array' && !def.checks?.length ? def.element : undefined
  const itemType = item && (item as unknown as { _zod: { def: { type: string } } })._zod.def.type
  if (!item || itemType !== 'object') return (output) => schema.safeParse(output) as Checked

  const parsed = new WeakMap<object, unknown>()
  return (output) => {
    if (!Array.isArray(output)) return schema.safeParse(output) as Checked
    const data: unknown[] = new Array(output.length)
    for (let i = 0; i < output.length; i++) {
      const value: unknown = output[i]
      const isObject = typeof value === 'object' && value !== null
      const known = isObject ? parsed.get(value) : undefined
      if (known !== undefined) {
        data[i] = known
        continue
      }
      const result = item.safeParse(value)
      // On failure, the whole-array parse gives the issues with their full paths.
      if (!result.success) return schema.safeParse(output) as Checked
      if (isObject) parsed.set(value, result.data)
      data[i] = result.data
    }
    return { success: true, data }
  }
}
