import { crc32 } from 'node:zlib'
import type { Patch } from 'immer'
import type { EntityOp } from './entityOps'

/** One acknowledged change: id-keyed ops (this version), or immer patches (lines written before it). */
export interface JournalLine {
  seq: number
  ops?: EntityOp[]
  patches?: Patch[]
}

/** One damaged line: where it was, the change number it should have been, and what it touched if that is still legible. */
export interface LostLine {
  /** 1-based line number in the journal file. */
  line: number
  /** The change number, when it can still be read; else the number it must have had. */
  seq: number | null
  /** Collections the change touched (`wins`, `goals`, …), when the text still shows them. */
  touched: string[]
}

const isLine = (v: unknown): v is JournalLine =>
  !!v &&
  typeof v === 'object' &&
  Number.isInteger((v as JournalLine).seq) &&
  (Array.isArray((v as JournalLine).ops) || Array.isArray((v as JournalLine).patches))

const hex = (n: number) => n.toString(16).padStart(8, '0')
const LINE = /^([0-9a-f]{8}) (\{.*\})$/s

/**
 * `<crc32 of the JSON> <JSON>`: one flipped byte anywhere in a line is caught by its own
 * checksum, so that line alone is lost and every other line still counts.
 */
export function encodeLine(line: JournalLine): string {
  const json = JSON.stringify(line)
  return `${hex(crc32(json))} ${json}\n`
}

/** The line, or null when it does not verify. Lines written before checksums (plain JSON) are read as they are. */
export function decodeLine(row: string): JournalLine | null {
  const m = LINE.exec(row)
  let json: string
  if (m) {
    if (hex(crc32(m[2]!)) !== m[1]) return null
    json = m[2]!
  } else if (row.startsWith('{')) json = row
  else return null
  try {
    const parsed: unknown = JSON.parse(json)
    return isLine(parsed) ? parsed : null
  } catch {
    return null
  }
}

/** What a damaged line still shows: its change number and the collections its paths name. */
export function describeLost(row: string, lineNo: number, expectedSeq: number | null): LostLine {
  const seq = /"seq":(\d+)/.exec(row)
  const touched = [...new Set([...row.matchAll(/"(?:c|set|unset)":"([A-Za-z]+)"|"path":\["([A-Za-z]+)"/g)].map((m) => (m[1] ?? m[2])!))]
  return { line: lineNo, seq: seq ? Number(seq[1]) : expectedSeq, touched }
}
