import nlp from 'compromise'

/**
 * Titles and phrases as people type them — trailing periods, markdown, Title Case, all lower
 * case — turned into sentence case without losing acronyms (CI, PR, API), names or brands.
 */

const ACRONYMS = [
  'AI',
  'API',
  'APIs',
  'APM',
  'APMs',
  'ARR',
  'AWS',
  'B2B',
  'CD',
  'CDN',
  'CEO',
  'CFO',
  'CI',
  'CLI',
  'COO',
  'CPO',
  'CRM',
  'CSS',
  'CTO',
  'DB',
  'DNS',
  'EM',
  'EMs',
  'ERP',
  'ETL',
  'GCP',
  'GDPR',
  'HR',
  'HTML',
  'HTTP',
  'IC',
  'ICs',
  'IPO',
  'JS',
  'KPI',
  'KPIs',
  'LLM',
  'ML',
  'MRR',
  'MVP',
  'NPS',
  'OKR',
  'OKRs',
  'PM',
  'PMs',
  'PR',
  'PRs',
  'PTO',
  'QA',
  'ROI',
  'RFC',
  'SaaS',
  'SDK',
  'SEO',
  'SLA',
  'SLAs',
  'SLO',
  'SLOs',
  'SOC',
  'SQL',
  'SRE',
  'SREs',
  'SSO',
  'TPM',
  'UI',
  'UX',
  'VP',
  'VPs',
  'iOS',
  'GitHub',
  'GitLab',
  'JavaScript',
  'TypeScript',
  'PostgreSQL',
  'Kubernetes',
  'macOS',
  'OAuth',
  'GraphQL',
  'p95',
  'p99',
  'p50'
]
const BY_LOWER = new Map(ACRONYMS.map((a) => [a.toLowerCase(), a]))
/** Words that are one of the acronyms only as a whole word ("it" is not IT, "us" is not US). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu

/** Put acronyms and brands back in their case: "ci failure rate" → "CI failure rate". */
export function fixAcronyms(s: string): string {
  // "2 hr builds" is hours, not HR.
  return s.replace(WORD, (w, at: number) => (/\d\s?$/.test(s.slice(Math.max(0, at - 2), at)) ? w : (BY_LOWER.get(w.toLowerCase()) ?? w)))
}

const isAcronymLike = (w: string) =>
  /^[A-Z0-9]{2,}s?$/.test(w) || /^[a-z]+[A-Z]/.test(w) || /^[A-Z][a-z]*[A-Z]/.test(w) || BY_LOWER.get(w.toLowerCase()) === w

/** Trailing punctuation, list markers, markdown emphasis and a leading "I " removed. */
export function cleanPhrase(raw: string): string {
  return (
    raw
      .replace(/[*_`]+/g, '')
      .replace(/^\s*(?:[-•*+]|\d+[.)])\s+/, '')
      .replace(/\s+/g, ' ')
      .trim()
      // "I will draft v1…", "I'll run…", "I led…": the phrase is what follows.
      .replace(/^(?:I|We)\s+(?:will|shall|can|could|would)\s+(?=[a-z])/i, '')
      .replace(/^(?:I'll|We'll|I’ll|We’ll)\s+/i, '')
      .replace(/^I\s+(?=[a-z])/, '')
      .replace(/[\s.;:,]+$/, '')
  )
}

/** The first word in lower case unless it is a name, an acronym or a brand ("Promotion" → "promotion", "PM" stays). */
export function lowerFirstWord(s: string): string {
  const m = /^(\S+)(.*)$/s.exec(s)
  if (!m) return s
  const first = m[1]!
  if (isAcronymLike(first)) return s
  if (/^[A-Z]/.test(first) && isName(s, first)) return s
  return first.toLowerCase() + m[2]
}

function isName(sentence: string, word: string): boolean {
  const t = (nlp(sentence).json() as { terms: { text: string; tags: string[] }[] }[])[0]?.terms.find((x) => x.text === word)
  // Not 'Organization': compromise files "Cloud savings" under it, and a label's first word is rarely a company.
  return !!t && t.tags.some((tag) => tag === 'Person' || tag === 'Place' || tag === 'Month' || tag === 'WeekDay')
}

/**
 * Sentence case: "shipped the billing migration." → "Shipped the billing migration";
 * "Ran The Planning-Tool Rollout" → "Ran the planning-tool rollout"; "promoted to Group PM"
 * keeps Group PM (a title written in capitals inside a lower-case phrase is a name).
 */
export function sentenceCase(raw: string): string {
  const text = cleanPhrase(raw)
  const words = text.split(' ')
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w))
  const capped = long.filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
  // Title Case (most long words capitalised): lower the words that are not names.
  const titleCase = long.length >= 2 && capped.length / long.length >= 0.75
  const shouting = /\p{L}{3,}/u.test(text) && text === text.toUpperCase()
  let out = text
  if (shouting) out = fixAcronyms(text.toLowerCase())
  else if (titleCase) {
    const names = namesIn(text)
    // "Acme Corp", "Northwind Labs": a capitalised word before a company suffix is a name.
    words.forEach((w, i) => {
      if (/^(?:Corp|Inc|Ltd|LLC|Labs|GmbH|Group|Bank|University)\.?$/.test(words[i + 1] ?? '')) names.add(w).add(words[i + 1]!)
    })
    out = words.map((w, i) => (i === 0 || isAcronymLike(w) || names.has(w) ? w : /^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w)).join(' ')
  }
  out = fixAcronyms(out)
  return /^\p{Ll}/u.test(out) && !isAcronymLike(out.split(' ')[0]!) ? out[0]!.toUpperCase() + out.slice(1) : out
}

function namesIn(text: string): Set<string> {
  const set = new Set<string>()
  for (const s of nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]) {
    s.terms.forEach((t, i) => {
      if (!t.tags.some((tag) => tag === 'Person' || tag === 'Place' || tag === 'Organization' || tag === 'Month' || tag === 'WeekDay'))
        return
      set.add(t.text)
      // "Dana Okafor": the capitalised word after a first name is the surname.
      const next = s.terms[i + 1]
      if (t.tags.includes('FirstName') && next && /^\p{Lu}/u.test(next.text) && !next.tags.includes('Preposition')) set.add(next.text)
    })
  }
  return set
}
