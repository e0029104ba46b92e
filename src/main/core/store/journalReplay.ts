import { enablePatches, Immer } from 'immer'
import { OpReplayer } from './entityOps'
import type { JournalLine, LostLine } from './journal'
import { parseStoreText } from './parseStoreText'

export interface Replayed {
  /** The snapshot with the journal applied (undefined when nothing could be applied). */
  raw: unknown
  /** The last change applied. */
  seq: number
  /** What was lost, in words for the recovery notice; null when nothing was. */
  replayError: string | null
}

enablePatches()
// Replay never freezes: freezing 50,000 wins after every old-format line is what made a start after a crash take seconds.
const immer = new Immer({ autoFreeze: false })

/**
 * Replay the journal onto the raw snapshot, before migration (the journal was written in its
 * shape). Every line that verifies is applied; a damaged line is skipped and named. If the
 * lines after a gap do not apply cleanly on their own, only the lines before the gap count.
 */
export function replayJournal(text: string, snapshotSeq: number, lines: JournalLine[], lost: LostLine[]): Replayed {
  const apply = (use: JournalLine[]): { raw: unknown; seq: number; failedAt: number | null } => {
    let raw: unknown = JSON.parse(text)
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not an object')
    let replayer: OpReplayer | null = null
    let seq = 0
    for (const line of use) {
      if (line.seq <= snapshotSeq) continue
      try {
        if (line.ops) (replayer ??= new OpReplayer(raw as Record<string, unknown>)).apply(line.ops)
        else {
          // A line from before id-keyed ops: immer patches, applied on the plain document.
          if (replayer) raw = replayer.finish()
          replayer = null
          raw = immer.applyPatches(raw as object, line.patches ?? [])
        }
      } catch {
        return { raw: replayer ? replayer.finish() : raw, seq, failedAt: line.seq }
      }
      seq = line.seq
    }
    return { raw: replayer ? replayer.finish() : raw, seq, failedAt: null }
  }
  let outcome: ReturnType<typeof apply>
  try {
    outcome = apply(lines)
  } catch {
    return { raw: undefined, seq: 0, replayError: 'the change journal could not be applied' }
  }
  // Where the certainly-right prefix ends: the first lost line, or the first line that did not apply.
  let cut: number | null = outcome.failedAt
  if (lost.length > 0 && (cut !== null || !parseStoreText(text, outcome.raw).ok))
    cut = Math.min(...lost.map((l) => l.seq ?? snapshotSeq + 1), cut ?? Infinity)
  const dropped = cut === null ? [] : lines.filter((l) => l.seq >= cut && l.seq > snapshotSeq).map((l) => l.seq)
  if (cut !== null) outcome = apply(lines.filter((l) => l.seq < cut))
  if (lost.length === 0 && dropped.length === 0) return { raw: outcome.raw, seq: outcome.seq, replayError: null }
  const describe = (l: LostLine) =>
    `change ${l.seq ?? '?'} (journal line ${l.line}${l.touched.length ? `, touching ${l.touched.join(', ')}` : ''})`
  const parts = []
  if (lost.length) parts.push(`the change journal is damaged: lost ${lost.map(describe).join('; ')}`)
  if (dropped.length)
    parts.push(
      `${lost.length ? 'also not applied, because they built on it' : 'the change journal could not be applied from'}: change ${dropped.join(', ')}`
    )
  return { raw: outcome.raw, seq: outcome.seq, replayError: parts.join('; ') }
}
