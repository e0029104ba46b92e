import { storeDataSchema, type StoreData } from '../../../shared/domain/storeData'
import { migrate } from './migrations'

export type ParsedStore =
  { ok: true; data: StoreData; migratedFrom?: number } | { ok: false; reason: string; newer?: number; raw?: unknown }

/** The snapshot's journal position: present in every snapshot this version writes. */
export function readJournalSeq(text: string): number | null {
  const m = /"journalSeq":(\d+)\}\s*$/.exec(text.slice(-48))
  return m ? Number(m[1]) : null
}

/**
 * Text (or already-parsed JSON, after journal replay) → validated, migrated store data, or the
 * reason it cannot be used, in words for the recovery notice.
 */
export function parseStoreText(text: string, preParsed?: unknown): ParsedStore {
  let raw = preParsed
  if (raw === undefined) {
    if (text.trim() === '') return { ok: false, reason: 'the file is empty' }
    try {
      raw = JSON.parse(text)
    } catch {
      return { ok: false, reason: 'the file is not valid JSON (it may have been cut short)' }
    }
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { journalSeq: _seq, ...rest } = raw as Record<string, unknown>
    raw = rest
  }
  const outcome = migrate(raw)
  if (outcome.kind === 'invalid') return { ok: false, reason: `the file is not a Loopwise store (${outcome.reason})` }
  if (outcome.kind === 'newer') return { ok: false, reason: 'newer', newer: outcome.version, raw }
  const checked = storeDataSchema.safeParse(outcome.data)
  if (!checked.success) {
    const first = checked.error.issues[0]
    return { ok: false, reason: `the data does not match the expected shape (${first?.path.join('.') || 'root'}: ${first?.message})` }
  }
  return outcome.kind === 'migrated' ? { ok: true, data: checked.data, migratedFrom: outcome.from } : { ok: true, data: checked.data }
}
