import type { OfferFlag } from '../../../../shared/domain/loop'

/**
 * "What kills the loop": offering something too easy (admin instead of a real challenge), or
 * taking on more than you can deliver exceptionally well. Kept as plain patterns so the user
 * can see why an offer was flagged, and so the same rules judge suggestions and their own ideas.
 */
const TOO_EASY: { re: RegExp; what: string }[] = [
  {
    re: /\b(take|taking|write up|writing up)\s+(the\s+)?(meeting\s+)?(notes|minutes)\b|\bnote[- ]taking\b|\bminutes\b/i,
    what: 'note-taking'
  },
  { re: /\bschedul\w*|\bcalendar\w*|\bbook(ing)?\s+(a\s+|the\s+)?(room|meeting|venue)s?\b/i, what: 'scheduling' },
  {
    re: /\b(organi[sz]e|plan|arrange)\s+(the\s+)?(team\s+)?(offsite|lunch|dinner|party|social|drinks|logistics)\b|\blogistics\b/i,
    what: 'event logistics'
  },
  { re: /\b(order|get)\s+(lunch|food|coffee|snacks)\b/i, what: 'errands' },
  { re: /\badmin\w*\b|\bpaperwork\b|\bexpense\w*\b|\bfiling\b/i, what: 'admin work' },
  { re: /\bsend(ing)?\s+(out\s+)?(the\s+)?reminders?\b|\bset\s*up\s+(the\s+)?(recurring\s+)?meetings?\b/i, what: 'coordination chores' },
  { re: /\b(format|tidy|clean up)\w*\s+(the\s+)?(slides?|deck|docs?|wiki|spreadsheet)\b/i, what: 'formatting' }
]

const TOO_BIG =
  /\b(rewrite|rebuild|re-?architect|re-?platform|reorg\w*|from scratch|transform\w*)\b|\b(entire|whole)\s+(company|org|organi[sz]ation|platform|product|codebase|stack)\b|\ball\s+(teams|products|customers|markets)\b|\bcompany[- ]wide\b|\bsingle[- ]handedly\b/i

export const FLAG_LABELS: Record<OfferFlag['kind'], string> = {
  'too-easy': 'Too easy',
  'too-big': 'Too big',
  unanchored: 'Not tied to them'
}

export function offerFlags(title: string, anchored: boolean): OfferFlag[] {
  const flags: OfferFlag[] = []
  const easy = TOO_EASY.find((t) => t.re.test(title))
  if (easy)
    flags.push({
      kind: 'too-easy',
      message: `This is ${easy.what}, not a real challenge. It won't show what you can do — offer something tied to their goal that stretches you.`
    })
  if (TOO_BIG.test(title))
    flags.push({
      kind: 'too-big',
      message:
        'More than you can deliver exceptionally well next to your job — and taking work you then deliver poorly reverses the loop. Offer a first piece you can finish this quarter.'
    })
  if (!anchored)
    flags.push({
      kind: 'unanchored',
      message: 'It is not tied to anything they said they are trying to do or are blocked by. Ask first, or tie it to one of their goals.'
    })
  return flags
}

const WORD = /[\p{L}\p{N}]{3,}/gu
// Generic verbs say nothing about the topic: "build the churn analysis" is about churn analysis.
const STOP = new Set(
  'the and for with that this from into your their our you run own build write draft make create define take get do fix start set'.split(
    ' '
  )
)
export const keyWords = (s: string) => new Set((s.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)))

/** Share of the smaller set's words found in the other: 1 = same topic, 0 = unrelated. */
export function overlap(a: string, b: string): number {
  const x = keyWords(a)
  const y = keyWords(b)
  if (!x.size || !y.size) return 0
  let hits = 0
  for (const w of x) if (y.has(w) || [...y].some((v) => v.length > 4 && w.length > 4 && v.slice(0, 5) === w.slice(0, 5))) hits++
  return hits / Math.min(x.size, y.size)
}

// Words every workplace goal shares: they say nothing about which goal an idea is for.
const GENERIC = new Set(
  'team teams org organisation organization company product products people work project group every all new next'.split(' ')
)

/** Like overlap, on topic words only: "the team offsite" and "every product team onto shared metrics" share nothing. */
export function topicOverlap(a: string, b: string): number {
  const strip = (s: string) => [...keyWords(s)].filter((w) => !GENERIC.has(w)).join(' ')
  return overlap(strip(a), strip(b))
}
