import type { z } from 'zod'

/** What a field accepts, read from the shared schema so the form shows the same limits the core enforces. */
export interface FieldLimit {
  /** Characters (text), or characters per entry (a list of lines). */
  maxLength?: number
  /** Entries, for a list. */
  maxItems?: number
  min?: number
  max?: number
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType }
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Optional, default, nullable, readonly and pipes hide the schema that holds the checks. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema
  for (let guard = 0; guard < 10; guard++) {
    const def = defOf(s)
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined)
    if (!inner) return s
    s = inner
  }
  return s
}

const checkValue = (schema: z.ZodType, check: string) => {
  const checks = (defOf(schema) as Def & { checks?: { _zod: { def: { check: string; maximum?: number } } }[] }).checks ?? []
  return checks.map((c) => c._zod.def).find((d) => d.check === check)?.maximum
}

/** The schema at a dotted path of an object schema ("checkIn.notes"), unwrapped; undefined if there is none. */
export function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(schema)
  for (const key of path.split('.').filter(Boolean)) {
    const shape: Record<string, z.ZodType> | undefined = s ? (s as unknown as { shape?: Record<string, z.ZodType> }).shape : undefined
    const next: z.ZodType | undefined = shape?.[key]
    s = next ? unwrap(next) : undefined
  }
  return s
}

export function limitAt(schema: z.ZodType, path: string): FieldLimit {
  const s = schemaAt(schema, path)
  if (!s) return {}
  const type = defOf(s).type
  if (type === 'string') return { maxLength: (s as z.ZodString).maxLength ?? undefined }
  if (type === 'number') {
    const n = s as z.ZodNumber
    return { min: n.minValue ?? undefined, max: n.maxValue ?? undefined }
  }
  if (type === 'array') {
    const element = unwrap((s as z.ZodArray<z.ZodType>).element)
    return { maxItems: checkValue(s, 'max_length'), maxLength: (element as z.ZodString).maxLength ?? undefined }
  }
  return {}
}
