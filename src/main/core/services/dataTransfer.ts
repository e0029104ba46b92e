import { z } from 'zod'
import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../../shared/domain/storeData'

/** The export file format; bump with a reader for the old one when its shape changes. */
export const EXPORT_FORMAT = 'loopwise-export'
export const EXPORT_VERSION = 1
/** A year of loops is well under a megabyte; 20 MB is generous and keeps a wrong file from eating memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'This is not a Loopwise export file (the "format" field is missing or different).' }),
  version: z.number({ error: 'The export has no version number.' }).int(),
  exportedAt: z.string().optional(),
  data: z.unknown()
})

export const COLLECTIONS = ['wins', 'goals', 'people', 'checkIns', 'commitments'] as const
export type CollectionName = (typeof COLLECTIONS)[number]

export function exportText(data: StoreData, now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), data }, null, 2)
}

export type ParsedImport = { ok: true; data: StoreData } | { ok: false; reason: string }

/** Every check the file must pass before anything is touched. */
export function parseImport(text: string): ParsedImport {
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES)
    return { ok: false, reason: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` }
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'The file is not valid JSON (it may be cut short or not an export).' }
  }
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) return { ok: false, reason: envelope.error.issues[0]?.message ?? 'Not a Loopwise export file.' }
  if (envelope.data.version > EXPORT_VERSION)
    return {
      ok: false,
      reason: `This export was made by a newer Loopwise (export version ${envelope.data.version}); update Loopwise to import it.`
    }
  if (envelope.data.version < 1) return { ok: false, reason: `Unknown export version ${envelope.data.version}.` }
  const inner = envelope.data.data as { schemaVersion?: unknown } | null
  if (!inner || typeof inner !== 'object') return { ok: false, reason: 'The export has no data in it.' }
  if (inner.schemaVersion !== CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      reason: `The data inside has schema version ${String(inner.schemaVersion)}; this Loopwise reads ${CURRENT_SCHEMA_VERSION}.`
    }
  const checked = storeDataSchema.safeParse(inner)
  if (!checked.success) {
    const first = checked.error.issues[0]
    return {
      ok: false,
      reason: `The data does not match what Loopwise expects at ${first?.path.join('.') || 'the top'}: ${first?.message}`
    }
  }
  return { ok: true, data: checked.data }
}

export interface ImportSummary {
  mode: 'replace' | 'merge'
  collections: { name: CollectionName; incoming: number; existing: number; added: number; replaced: number; removed: number }[]
  profileChanges: boolean
}

/** What applying `incoming` would do, without doing it. */
export function summarizeImport(current: StoreData, incoming: StoreData, mode: 'replace' | 'merge'): ImportSummary {
  return {
    mode,
    profileChanges: JSON.stringify(current.profile) !== JSON.stringify(incoming.profile),
    collections: COLLECTIONS.map((name) => {
      const have = new Set((current[name] as { id: string }[]).map((x) => x.id))
      const inc = incoming[name] as { id: string }[]
      const replaced = inc.filter((x) => have.has(x.id)).length
      const incomingIds = new Set(inc.map((x) => x.id))
      return {
        name,
        incoming: inc.length,
        existing: have.size,
        added: inc.length - replaced,
        replaced,
        removed: mode === 'replace' ? [...have].filter((id) => !incomingIds.has(id)).length : 0
      }
    })
  }
}

/** The data after import; pure, so it can be built and checked before the store is touched. */
export function mergeImport(current: StoreData, incoming: StoreData, mode: 'replace' | 'merge'): StoreData {
  if (mode === 'replace') return structuredClone(incoming)
  const next = structuredClone(current) as StoreData
  for (const name of COLLECTIONS) {
    const byId = new Map((next[name] as { id: string }[]).map((x) => [x.id, x]))
    for (const x of incoming[name] as { id: string }[]) byId.set(x.id, structuredClone(x))
    ;(next as Record<string, unknown>)[name] = [...byId.values()]
  }
  next.profile = structuredClone(incoming.profile)
  return next
}
