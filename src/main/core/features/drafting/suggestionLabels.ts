/**
 * A visible label that makes an amount a suggestion, not a claim: "(suggested)", "estimate —
 * yours to set". An amount on a line that carries one is listed as a suggestion, never flagged.
 */
export const SUGGESTION_LABEL = /\(suggested\)|\bestimate\s*[—–-]\s*yours to set\b/i
/** How a template writes an amount that is Loopwise's guess (an offer's effort). */
export const ESTIMATE_LABEL = 'estimate — yours to set'
