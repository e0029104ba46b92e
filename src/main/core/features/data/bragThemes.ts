/**
 * Which headings of a brag document say what the work was about ("Reliability", "Hiring",
 * "Collaboration & mentorship") and so become a tag, and which only organise the page
 * ("Misc", "Stuff that isn't my job", "Q3 2025", "Wins") and do not.
 */

const GENERIC =
  /\b(?:misc|miscellaneous|other|others|random|stuff|things|general|notes?|wins?|brag|brags|bragging|accomplishments?|achievements?|highlights?|log|updates?|summary|done|this (?:week|month|quarter|year|half)|last (?:week|month|quarter|year|half)|recent|archive|todo|to do|inbox|untitled|details?|more|extras?|everything else|the rest|projects?|to sort|unsorted|sort later|later|pending|wip|ongoing|continuous|recurring|always|evergreen|regular|various|in progress|current)\b/i
/** Sections that hold plans or reflections, not finished work: their bullets are offered unticked. */
const NOT_WINS =
  /^(?:(?:my\s+)?goals?\b|(?:plans?|ideas?|next steps|to ?dos?|backlog|wishlist|questions?)\b|(?:what i want|things i want|want to)\b|.*\bgoals? for\b|.*\b(?:next|upcoming) (?:year|quarter|half|month)\b)/i
/** A heading that is a sentence (a verb, an apostrophe, a question) is the author's voice, not a theme. */
const SENTENCE = /['’?!]|\b(?:is|isn|are|aren|was|wasn|were|be|been|do|does|did|didn|don|i|my|me|we|our|you|your)\b/i

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '')

/** The tag a heading names, or null when it names no theme. `text` has its date already taken out. */
export function themeTag(text: string): string | null {
  const t = text
    .replace(/[*_`#]/g, '')
    .replace(/^[\s\d.)-]+/, '')
    .replace(/\s*[—–:|-]\s*$/, '')
    .trim()
  if (!t || t.length > 40 || t.split(/\s+/).length > 4) return null
  if (GENERIC.test(t) || SENTENCE.test(t) || NOT_WINS.test(t)) return null
  if (!/[a-z]{3,}/i.test(t)) return null
  return slug(t) || null
}

/** The generic words of a page's own title ("2025 brag document", "Wins 2024") around a year. */
export function yearOfTitle(text: string): string | null {
  const m = /\b((?:19|20)\d{2})\b/.exec(text)
  if (!m) return null
  const rest = text
    .replace(m[0], ' ')
    .replace(/[^a-z\s]/gi, ' ')
    .trim()
  return !rest || GENERIC.test(rest) ? m[1]! : null
}

/** A page-organising heading (no theme, generic words): the short paragraphs under it are a preamble. */
export const isGenericHeading = (text: string) => !themeTag(text) && GENERIC.test(text)

/** True for a heading like "Goals for next year" whose bullets are not wins. */
export const isPlanSection = (text: string) => NOT_WINS.test(text.replace(/[*_`#]/g, '').trim())
