import type { Approx } from './types'

/** Hedges and bounds written before an amount ("~", "roughly", "over", "<", "up to"). */
export const APPROX_BEFORE =
  /(~|≈|\babout|\baround|\broughly|\bapproximately|\bapprox\.?|\bnearly|\balmost|\bclose to|\bsome|\bjust over|\bwell over|\bover|\bmore than|\bupwards of|\babove|\bjust under|\bunder|\bless than|\bfewer than|\bbelow|<=|>=|≤|≥|<(?![-=])|(?<![-=])>|\bat least|\bat most|\bno more than|\bup to)\s*$/i
export const APPROX_OF: Record<string, Approx> = {
  '~': 'about',
  '≈': 'about',
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  approx: 'about',
  'approx.': 'about',
  nearly: 'about',
  almost: 'about',
  'close to': 'about',
  some: 'about',
  'just over': 'over',
  'well over': 'over',
  over: 'over',
  'more than': 'over',
  'upwards of': 'over',
  above: 'over',
  '>': 'over',
  '>=': 'at least',
  '≥': 'at least',
  'at least': 'at least',
  'just under': 'under',
  under: 'under',
  'less than': 'under',
  'fewer than': 'under',
  below: 'under',
  '<': 'under',
  '<=': 'at most',
  '≤': 'at most',
  'at most': 'at most',
  'no more than': 'at most',
  'up to': 'up to'
}
