import { constants as bufferLimits } from 'node:buffer'
import { promisify } from 'node:util'
import { gunzip as gunzipCb } from 'node:zlib'
import { z } from 'zod'
import { migrate } from '../../store/migrations'
import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../../../shared/domain/storeData'
import { duplicateIds } from './importChecks'

/** The export file format; bump with a reader for the old one when its shape changes. */
export const EXPORT_FORMAT = 'loopwise-export'
export const EXPORT_VERSION = 1
/** A plain (uncompressed) file: what fits one request. Bigger histories travel gzipped. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
/** A gzipped export unpacks up to the longest text this Node can hold (see MAX_IMPORT_GZIP_BASE64 in the routes). */
export const MAX_IMPORT_UNPACKED_BYTES = bufferLimits.MAX_STRING_LENGTH
const gunzip = promisify(gunzipCb)
/**
 * The deepest real Loopwise data goes about 14 levels (a promo packet's item details). Anything
 * much deeper is not ours, and is refused before any recursive step (clone, validate,
 * serialise) can run out of stack on it.
 */
export const MAX_IMPORT_DEPTH = 32
/** How many problems a refusal names in its message; the rest are counted. */
const MAX_NAMED = 8

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'This is not a Loopwise export file (the "format" field is missing or different).' }),
  version: z.number({ error: 'The export has no version number.' }).int(),
  exportedAt: z.string().optional(),
  data: z.unknown()
})

/** The top-level keys this version reads; anything else in a file is dropped and listed. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(storeDataSchema.shape))

/** Indented for a person to read while small; compact beyond a few MB (indentation was a third of a 50,000-win export). */
export function exportText(data: StoreData, now = new Date()): string {
  const envelope = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), data }
  return data.wins.length > 2_000 ? JSON.stringify(envelope) : JSON.stringify(envelope, null, 2)
}

/** The export file's text from what the import routes get: the text itself, or a base64 gzip (unpacked off the main thread). */
export async function importTextOf(input: {
  text?: string
  gzip?: string
}): Promise<{ ok: true; text: string; limit: number } | { ok: false; reason: string }> {
  if (input.text !== undefined) return { ok: true, text: input.text, limit: MAX_IMPORT_BYTES }
  if (input.gzip === undefined) return { ok: false, reason: 'Choose a file to import.' }
  const packed = Buffer.from(input.gzip, 'base64')
  if (packed.length < 18 || packed[0] !== 0x1f || packed[1] !== 0x8b)
    return { ok: false, reason: 'The file is not a gzip file (.json.gz).' }
  try {
    const bytes = await gunzip(packed, { maxOutputLength: MAX_IMPORT_UNPACKED_BYTES })
    return { ok: true, text: bytes.toString('utf8'), limit: MAX_IMPORT_UNPACKED_BYTES }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      return { ok: false, reason: 'The file unpacks to more than any Loopwise export can be.' }
    return { ok: false, reason: 'The gzip file is damaged or cut short.' }
  }
}

/**
 * The first path deeper than `limit`, or null. Iterative on purpose: the value may be nested
 * thousands of levels, which is exactly what would overflow a recursive walk.
 */
export function tooDeepAt(value: unknown, limit = MAX_IMPORT_DEPTH): string[] | null {
  // Each frame keeps its parent and key; the path is only built for the one that is too deep.
  type Frame = { v: object; depth: number; key: string; parent: Frame | null }
  if (value === null || typeof value !== 'object') return null
  const stack: Frame[] = [{ v: value, depth: 0, key: '', parent: null }]
  while (stack.length) {
    const frame = stack.pop()!
    if (frame.depth >= limit) {
      const path: string[] = []
      for (let f: Frame | null = frame; f && f.parent; f = f.parent) path.push(f.key)
      return path.reverse()
    }
    const v = frame.v as Record<string, unknown>
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i]
        if (child !== null && typeof child === 'object') stack.push({ v: child, depth: frame.depth + 1, key: String(i), parent: frame })
      }
    } else
      for (const key in v) {
        const child = v[key]
        if (child !== null && typeof child === 'object') stack.push({ v: child, depth: frame.depth + 1, key, parent: frame })
      }
  }
  return null
}

const showPath = (path: string[]) => (path.length > 8 ? [...path.slice(0, 7), '…'] : path).join('.')

export interface DroppedKey {
  key: string
  /** Size of the value as JSON, so a huge one stands out. */
  bytes: number
}

export type ParsedImport = { ok: true; data: StoreData; dropped: DroppedKey[] } | { ok: false; reason: string; problems?: string[] }

export const namedProblems = (problems: string[]) =>
  problems.slice(0, MAX_NAMED).join(' ') + (problems.length > MAX_NAMED ? ` …and ${problems.length - MAX_NAMED} more.` : '')

/** Every check the file must pass before anything is touched. */
export function parseImport(text: string, limit = MAX_IMPORT_BYTES): ParsedImport {
  if (Buffer.byteLength(text, 'utf8') > limit)
    return { ok: false, reason: `The file is larger than ${Math.round(limit / 1024 / 1024)} MB.` }
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'The file is not valid JSON (it may be cut short or not an export).' }
  }
  const deep = tooDeepAt(raw)
  if (deep)
    return {
      ok: false,
      reason: `The file nests values more than ${MAX_IMPORT_DEPTH} levels deep (at ${showPath(deep)}); Loopwise data never does, so this is not an export.`
    }
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) return { ok: false, reason: envelope.error.issues[0]?.message ?? 'Not a Loopwise export file.' }
  if (envelope.data.version > EXPORT_VERSION)
    return {
      ok: false,
      reason: `This export was made by a newer Loopwise (export version ${envelope.data.version}); update Loopwise to import it.`
    }
  if (envelope.data.version < 1) return { ok: false, reason: `Unknown export version ${envelope.data.version}.` }
  let inner = envelope.data.data as Record<string, unknown> | null
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return { ok: false, reason: 'The export has no data in it.' }
  // An export from an older Loopwise goes through the same migration steps as an older store file.
  const migrated = migrate(inner)
  if (migrated.kind === 'migrated') inner = migrated.data
  if (inner.schemaVersion !== CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      reason: `The data inside has schema version ${String(inner.schemaVersion)}; this Loopwise reads ${CURRENT_SCHEMA_VERSION}.`
    }
  // Unknown keys are never stored (they would be kept forever, unseen); the preview lists them.
  const known: Record<string, unknown> = {}
  const dropped: DroppedKey[] = []
  for (const [key, value] of Object.entries(inner)) {
    if (KNOWN_KEYS.has(key)) known[key] = value
    else dropped.push({ key, bytes: Buffer.byteLength(JSON.stringify(value) ?? 'undefined', 'utf8') })
  }
  const checked = storeDataSchema.safeParse(known)
  if (!checked.success) {
    const first = checked.error.issues[0]
    return {
      ok: false,
      reason: `The data does not match what Loopwise expects at ${first?.path.join('.') || 'the top'}: ${first?.message}`
    }
  }
  const duplicates = duplicateIds(checked.data)
  if (duplicates.length)
    return {
      ok: false,
      reason: `The file uses the same id for more than one entry, so Loopwise cannot tell which copy is right. ${namedProblems(duplicates)}`,
      problems: duplicates
    }
  return { ok: true, data: checked.data, dropped }
}
