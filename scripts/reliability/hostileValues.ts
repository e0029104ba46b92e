import fc from 'fast-check'
import type { z } from 'zod'

/** Strings meant to break parsers, renderers and storage — each a known troublemaker. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31mred\u001b[0m',
  '\r\n\r\n',
  '\uD800', // lone surrogate: not valid UTF-16
  '\uDFFF\uD800',
  '\u202Egnp.exe', // right-to-left override
  '\u200B\u200C\u200D\uFEFF', // zero-width characters and BOM
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'Z̴̡̛̗̖̈́͊a̸̧̛͓l̵̰̈́g̶̣͑o̵͍͝',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"; DROP TABLE wins; --',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  'prototype',
  '../../../../etc/passwd',
  'sk-THISISNOTAREALKEY1234567890',
  '%s%s%s%n',
  '0000-00-00',
  '0000-01-01',
  '1949-12-31',
  '2101-01-01',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '2026-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  ' 2026-01-01',
  '2026-01-01T00:00:00Z',
  '2026-01-01T25:61:61Z',
  'NaN',
  'Infinity',
  'x'.repeat(201),
  'y'.repeat(20_001),
  'z'.repeat(300_000)
]

export const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -1, 2 ** 31, 8.64e15 + 1]

/** Plausible strings, so a good share of payloads get past the first check and reach the handlers. */
const PLAUSIBLE_STRINGS = ['2026-03-14', '2025-12-31', 'Shipped the release', 'https://example.com/pr/1', 'team', 'self', 'growth', 'Priya']

/** An object with an own `__proto__` key, as JSON.parse('{"__proto__":…}') really produces it. */
const withOwnProto = (base: Record<string, unknown>, polluted: unknown) =>
  Object.defineProperty({ ...base }, '__proto__', { value: polluted, enumerable: true, writable: true, configurable: true })

function deep(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v }
  return v
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(null, undefined, true, false, 0, [], {}, [[]], [null], { length: 1e9 }),
  fc.constantFrom(deep(64, 'array'), deep(64, 'object'), deep(5_000, 'array'), deep(5_000, 'object')),
  fc.constant(withOwnProto({}, { polluted: true })),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  fc.constant(Object.create(null) as object),
  fc.constant(new Date(8.64e15)),
  fc.constant(new Date(NaN)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true
  })
)

type Def = { type: string; [key: string]: unknown }
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def
const canOmit = (schema: z.ZodType) => (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional'

/**
 * Values shaped like the schema (right keys, right types, plausible strings), with hostile
 * values mixed in at every level. Schemas are walked generically, so a route added to the
 * contract later is covered without touching this file.
 */
export function shapedLike(schema: z.ZodType, ids: () => string[], depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const hostile = depth > 6 ? fc.constant(null) : hostileValue
  const mix = (arb: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: hostile, weight: 1 })
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const keys = Object.keys(shape)
      const model = {} as Record<string, fc.Arbitrary<unknown>>
      for (const key of keys) model[key] = shapedLike(shape[key]!, ids, depth + 1)
      const required = keys.filter((k) => !canOmit(shape[k]!))
      return mix(fc.record(model, { requiredKeys: required }))
    }
    case 'array':
      return mix(fc.array(shapedLike(def.element as z.ZodType, ids, depth + 1), { maxLength: 4 }))
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return shapedLike(def.innerType as z.ZodType, ids, depth)
    case 'pipe':
      return shapedLike(def.in as z.ZodType, ids, depth)
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => shapedLike(o, ids, depth)))
    case 'enum':
      return mix(fc.constantFrom(...Object.values(def.entries as Record<string, string>)))
    case 'literal':
      return mix(fc.constantFrom(...(def.values as unknown[])))
    case 'string':
      return mix(
        fc.oneof(
          fc.constantFrom(...PLAUSIBLE_STRINGS),
          fc.nat().map((i) => {
            const pool = ids()
            return pool.length ? pool[i % pool.length]! : 'missing-id'
          }),
          fc.string({ maxLength: 30 })
        )
      )
    case 'number':
      return mix(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })))
    case 'boolean':
      return mix(fc.boolean())
    case 'record':
      return mix(fc.dictionary(fc.string({ maxLength: 10 }), shapedLike(def.valueType as z.ZodType, ids, depth + 1), { maxKeys: 3 }))
    default:
      return hostile
  }
}

/** A shaped payload with one hostile twist: a field replaced, a field dropped, or an extra key. */
export function twisted(schema: z.ZodType, ids: () => string[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(shapedLike(schema, ids), fc.nat(), hostileValue, fc.constantFrom('replace', 'drop', 'extra', 'proto'))
    .map(([base, n, bad, how]) => {
      if (!base || typeof base !== 'object' || Array.isArray(base)) return base
      const obj = { ...(base as Record<string, unknown>) }
      const keys = Object.keys(obj)
      const key = keys.length ? keys[n % keys.length]! : 'extra'
      if (how === 'replace') obj[key] = bad
      else if (how === 'drop') delete obj[key]
      else if (how === 'extra') obj[['__proto__x', 'constructor', 'toString', 'id', 'extra'][n % 5]!] = bad
      else return withOwnProto(obj, bad)
      return obj
    })
}
