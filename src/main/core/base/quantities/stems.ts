import stem from 'wink-porter2-stemmer'

/**
 * Whether two labels talk about the same thing: shared meaning words after stemming
 * (Porter2, wink-porter2-stemmer), with a few families of words people use for one measure
 * ("cost", "spend", "bill", "savings"). "users" and "USD" share nothing.
 */

const STOP = new Set(
  (
    'a an the our my your their his her its this that these those we i you they he she it us them me and or but so ' +
    'of in on at to for from by with into onto over under about around across after before since until during via per ' +
    'each every some any all most more less fewer few is are was were be been being am has have had do does did will ' +
    'would could should can may might must now just only also still even very really nearly almost roughly up down out ' +
    'off what which who whom when where while because if than then as total overall number amount count new other'
  ).split(' ')
)

const FAMILIES: string[][] = [
  ['cost', 'spend', 'spending', 'bill', 'billing', 'saving', 'savings', 'budget', 'expense', 'expenses', 'saved', 'save', 'cheaper'],
  ['latency', 'response', 'p50', 'p90', 'p95', 'p99', 'speed', 'fast', 'faster', 'slow', 'slower', 'quicker'],
  ['customer', 'customers', 'client', 'clients', 'account', 'accounts'],
  ['engineer', 'engineers', 'developer', 'developers', 'dev', 'devs'],
  [
    'hire',
    'hiring',
    'hired',
    'candidate',
    'candidates',
    'recruit',
    'recruiting',
    'offer',
    'interview',
    'interviews',
    'interviewer',
    'interviewers'
  ],
  ['incident', 'incidents', 'outage', 'outages', 'page', 'pages', 'alert', 'alerts', 'pager', 'sev'],
  ['deploy', 'deploys', 'deployment', 'deployments', 'release', 'releases', 'ship', 'shipped'],
  ['build', 'builds', 'ci', 'pipeline', 'queue'],
  ['revenue', 'arr', 'mrr', 'sales', 'bookings'],
  ['churn', 'retention', 'attrition', 'cancellation', 'cancellations'],
  ['signup', 'signups', 'sign-ups', 'registration', 'registrations', 'conversion'],
  ['pr', 'prs', 'pull', 'review', 'reviews', 'reviewed'],
  ['report', 'reports', 'people', 'team', 'headcount', 'staff'],
  ['time', 'duration', 'took', 'take', 'days', 'weeks', 'hours', 'minutes']
]
const FAMILY_OF = new Map<string, string>()
for (const family of FAMILIES) for (const w of family) FAMILY_OF.set(stem(w), `#${family[0]}`)

const cache = new Map<string, ReadonlySet<string>>()

/** Meaning keys of a phrase: stems of its content words and the families they belong to. */
export function labelKeys(phrase: string): ReadonlySet<string> {
  let keys = cache.get(phrase)
  if (keys) return keys
  const set = new Set<string>()
  for (const m of phrase.toLowerCase().matchAll(/[\p{L}][\p{L}\p{N}]*|p\d\d/gu)) {
    const w = m[0]
    if (STOP.has(w) || w.length < 2) continue
    const s = stem(w)
    set.add(s)
    const family = FAMILY_OF.get(s)
    if (family) set.add(family)
  }
  keys = set
  if (cache.size > 50_000) cache.clear()
  cache.set(phrase, keys)
  return keys
}

export function sharesMeaning(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true
  return false
}
