import { sentenceCase } from '../../base/english'

/**
 * Sentence case for a title or label as written in a brag document, keeping the author's own
 * acronyms ("MTTR", "DPA", "SRE") that the shared word list does not know, unless the whole
 * line is shouted.
 */
export function bragCase(text: string): string {
  const cased = sentenceCase(text)
  const words = text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []
  const shouted = words.length >= 3 && words.filter((w) => w.length > 1 && w === w.toUpperCase()).length > words.length / 2
  if (shouted) return cased
  let out = cased
  for (const acronym of new Set(words.filter((w) => /^[A-Z][A-Z0-9]{1,6}s?$/.test(w) && /[A-Z].*[A-Z]/.test(w))))
    out = out.replace(new RegExp(`\\b${acronym}\\b`, 'gi'), acronym)
  return out
}
