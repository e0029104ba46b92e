import type { Approx, Dimension, SourceRecord } from '../types'

/** One expected quantity: only the fields given are checked. */
export interface ExpectedQuantity {
  text?: string
  value?: number
  dimension: Dimension
  unit?: string
  per?: string
  approx?: Approx
  /** A substring the quantity's `about` must contain. */
  about?: string
  range?: [number, number]
  invalid?: boolean
}

export interface ParseCase {
  kind: 'parse'
  text: string
  /** Each must be among the quantities found. */
  find?: ExpectedQuantity[]
  /** No quantity at all may be found. */
  none?: boolean
  /** These substrings must not be (part of) any quantity found. */
  not?: string[]
}

export interface ChangeCase {
  kind: 'change'
  text: string
  before?: { value: number; unit?: string }
  after?: { value: number; unit?: string }
  multiple?: number
}

export interface MatchCase {
  kind: 'match'
  sources: SourceRecord[]
  /** A sentence from a draft. */
  claim: string
  /** The quantity in the claim the case is about (a substring of its text). */
  target: string
  cited?: string[]
  supported: boolean
  /** For flagged claims: what the reason must say. */
  reason?: RegExp
}

export type CorpusCase = ParseCase | ChangeCase | MatchCase
