/**
 * What an amount is about: the noun phrase a reader attaches it to. A heuristic on purpose
 * (it runs on every number in ten years of history, so no tagger): the counted thing, else
 * what follows ("$1.2M in annual cloud spend", "35% of revenue", "35% fewer incidents"), else
 * the object or subject of the verb before it ("cut p95 latency by 35%", "time to offer went
 * from 12 days to 4", "deploys take 12 hours").
 */

const STOP = new Set(
  (
    'a an the our my your their his her its this that these those we i you they he she it us them me ' +
    'and or but so nor yet than then as of in on at to for from by with into onto over under about around ' +
    'across after before since until during via per each every some any all most more less fewer few ' +
    'is are was were be been being am has have had do does did will would could should can may might must ' +
    'now just only also still even very really nearly almost roughly approximately up down out off ' +
    'what which who whom whose when where while because if though although'
  ).split(' ')
)
/** Verbs that sit between a subject and its amount, or before an object. */
const VERB =
  /^(?:went|go|goes|fell|fall|falls|rose|rise|rises|dropped|drops|grew|grows|jumped|climbed|declined|increased|decreased|reduced|reduce|cut|cuts|improved|improve|saved|save|saves|took|take|takes|taking|reached|reach|hit|hits|lowered|raised|boosted|gained|lost|shrank|slashed|halved|doubled|tripled|stands|stood|sits|sat|averaged|averages|moved|brought|bring|spent|spend|spends|costs?|ran|runs|run|handled|handles|shipped|ships|ship|trained|hired|closed|served|serves|used|uses|made|makes|got|gets|now|became|become|becomes|is|are|was|were|be|been|has|have|had|won|led|grew|built|wrote|migrated|onboarded|launched|delivered|processed|reviewed|resolved|fixed|added|removed|mentored|hosted|interviewed|supported|covered|moved|finished|completed|done)$/i
/** Where a phrase after the amount stops ("$1.2M in annual cloud spend by moving…"). */
const BREAK =
  /^(?:is|are|was|were|went|fell|rose|grew|took|takes|dropped|increased|decreased|and|by|to|from|with|for|in|on|at|after|before|when|while|so|because|across|over|through|into|onto|via|per|under|among|since|until|\w+ed)$/i
/** Unit words left over from a neighbouring amount ("from ~22 min to 7 min"). */
const UNIT_WORD = /^(?:ms|s|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|x|pp|pts?|percent|k|m|bn)$/i
const DETERMINER = /^(?:the|a|an|our|my|their|its|his|her|your|this|that|these|those)$/i
const FOLLOW_PREP = /^(?:in|on|of|for|off)$/i
const COMPARATIVE =
  /^(?:fewer|less|more|faster|slower|higher|lower|cheaper|shorter|longer|smaller|bigger|larger|quicker|better|worse|increase|decrease|reduction|drop|improvement|gain|growth|cut|uplift|lift|boost|jump|decline|saving|savings|rise|fall)$/i
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&/-]*/gu
const CLAUSE_BREAK = /[.;:!?()[\]\n]|,\s|\s[–—]\s|\band\b|\bbut\b|\bwhile\b/gi

interface W {
  w: string
  start: number
  end: number
}
const words = (s: string, offset = 0): W[] =>
  [...s.matchAll(WORD)]
    .filter((m) => !/^\d/.test(m[0]) && !UNIT_WORD.test(m[0]))
    .map((m) => ({ w: m[0], start: offset + m.index, end: offset + m.index + m[0].length }))

const content = (ws: W[]) => ws.filter((x) => !STOP.has(x.w.toLowerCase()))

function phrase(text: string, ws: W[]): string {
  let list = ws
  while (list.length && (DETERMINER.test(list[0]!.w) || STOP.has(list[0]!.w.toLowerCase()))) list = list.slice(1)
  while (list.length && STOP.has(list.at(-1)!.w.toLowerCase())) list = list.slice(0, -1)
  if (!list.length) return ''
  return text.slice(list[0]!.start, list.at(-1)!.end)
}

/** The clause around an amount, looked for within a window (texts can be long; clauses are not). */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - 240)
  const to = Math.min(text.length, end + 240)
  let a = from
  let b = to
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + m.index
    if (at + m[0].length <= start) a = Math.max(a, at + m[0].length)
    else if (at >= end) {
      b = Math.min(b, at)
      break
    }
  }
  return [a, b]
}

/**
 * @param unitEnd where the amount and its unit end (the counted noun included)
 * @param countedNoun the noun a count counts, if any ("engineers")
 */
export function aboutPhrase(
  text: string,
  start: number,
  unitEnd: number,
  countedNoun?: { start: number; end: number },
  numberEnd = start
): string {
  // "(~15%)": an amount in brackets is about what comes before the bracket.
  const bracket = /\(\s*[~≈<>]?\s*$/.exec(text.slice(Math.max(0, start - 4), start))
  const [a, b] = clauseBounds(text, bracket ? start - bracket[0].length - 1 : start, unitEnd)
  // "Revenue: 4000000 USD", "Churn: 30 %": a label and a colon name the amount.
  const lead = text.slice(Math.max(0, start - 50), start)
  const labelled = /:\s*[~≈<>]?\s*$/.test(lead) ? /([\p{L}][\p{L}\p{N} '’&/-]{0,48}?)\s*:\s*[~≈<>]?\s*$/u.exec(lead) : null
  if (labelled && !countedNoun) {
    const np = phrase(labelled[1]!, words(labelled[1]!))
    if (np) return np
  }
  if (countedNoun) {
    // "120 PRs reviewed", "1,500 daily users", "14 interviewers trained".
    const tail = words(text.slice(countedNoun.end, b), countedNoun.end)
    const participle = tail[0] && /ed$/.test(tail[0].w) && !STOP.has(tail[0].w.toLowerCase()) ? [tail[0]] : []
    const between = words(text.slice(numberEnd, countedNoun.start), numberEnd).filter((x) => /^\p{L}/u.test(x.w))
    return phrase(text, [...between, { w: text.slice(countedNoun.start, countedNoun.end), ...countedNoun }, ...participle])
  }
  const after = words(text.slice(unitEnd, b), unitEnd)
  // "35% fewer incidents", "40x faster builds"
  if (after[0] && COMPARATIVE.test(after[0].w)) {
    const rest = after.slice(1, 5)
    const cut = rest.findIndex((x) => STOP.has(x.w.toLowerCase()) || VERB.test(x.w))
    const np = phrase(text, cut === -1 ? rest : rest.slice(0, cut))
    if (np) return np
  }
  // "$1.2M in annual cloud spend", "35% of revenue"
  if (after[0] && FOLLOW_PREP.test(after[0].w)) {
    const rest = after.slice(1, 7)
    const cut = rest.findIndex((x, i) => i > 0 && BREAK.test(x.w))
    const np = phrase(text, cut === -1 ? rest : rest.slice(0, cut))
    if (np) return np
  }
  const before = words(text.slice(a, start), a)
  // Drop what joins the phrase to the amount ("by", "to", "from", "went", "is").
  let end = before.length
  while (end > 0 && (STOP.has(before[end - 1]!.w.toLowerCase()) || VERB.test(before[end - 1]!.w))) end--
  const head = before.slice(0, end)
  // Object of a leading verb ("cut p95 latency"), else the subject ("time to offer").
  let verbAt = -1
  for (let i = head.length - 1; i >= 0; i--) {
    if (VERB.test(head[i]!.w) || (/ed$/i.test(head[i]!.w) && i === 0)) {
      verbAt = i
      break
    }
  }
  const np = verbAt >= 0 ? head.slice(verbAt + 1) : head
  const chosen = content(np).length ? np : content(head).length ? head.slice(0, verbAt >= 0 ? verbAt : head.length) : []
  return phrase(text, chosen.slice(-6))
}

/** The noun phrase right after a verb ("doubled throughput", "halved the review time"). */
export function objectAfter(text: string, end: number): string {
  const [, b] = clauseBounds(text, end, end)
  const after = words(text.slice(end, b), end).slice(0, 5)
  const cut = after.findIndex((x, i) => i > 0 && BREAK.test(x.w))
  return phrase(text, cut === -1 ? after : after.slice(0, cut))
}
