import { STRENGTH_LABELS, type ImpactRewrite, type ImpactStrength, type StrengthLevel } from '../../../../shared/domain/impact'
import type { Win } from '../../../../shared/domain/win'
import { isMeasured as measuresSomething } from '../../base/quantities'
import { BENEFICIARY, SITUATION } from './rubricCues'
import { lowerFirst, splitSentences, stripEndPunct, upperFirst } from '../../base/text'

export const METRIC_PLACEHOLDER = '[metric?]'
export const OUTCOME_PLACEHOLDER = '[what changed, for whom?]'
export const SITUATION_PLACEHOLDER = '[what was at stake before?]'
export const ACTION_PLACEHOLDER = '[what did you do, step by step?]'

export type RewriteWin = Pick<
  Win,
  'id' | 'title' | 'whatIDid' | 'impact' | 'metrics' | 'scope' | 'stakeholders' | 'evidence' | 'commitmentId'
>

/** A commitment the win delivered, if the history knows it (makes the Task line concrete). */
export interface LinkedCommitment {
  id: string
  title: string
}

const withUnit = (n: number, unit: string) => (unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : `${n}`)
export const formatMetricPlain = (m: Win['metrics'][number]) =>
  `${m.label.toLowerCase()} ${m.baseline !== undefined ? `from ${withUnit(m.baseline, m.unit)} to ${withUnit(m.value, m.unit)}` : withUnit(m.value, m.unit)}`

const OUTCOME_WORDS =
  /\b(went (from|down|up)|rose|fell|dropped|reduc|increas|cut|saved|grew|fewer|faster|now\b|adopt|enabl|unblock|launch|shipped|used by|lets?\b|allow|so that|resulted|led to|improv|doubl|halv|eliminat|prevent|won|renew|retain|closed|hired|promot|plan in|all\b|every\b)/i

/** Specific questions by what the win is about, so "add a metric" becomes something answerable. */
const QUESTIONS: [RegExp, string][] = [
  [
    /migrat|rollout|roll-out|adopt|tool|switch/i,
    'How many people or teams moved over, and what changed in their cycle time or planning time?'
  ],
  [/hir|interview|recruit|candidate/i, 'How did time-to-hire or candidate quality change — from what, to what?'],
  [/latenc|perform|slow|speed|p9\d|load|timeout/i, 'What was the latency before and after, and for how many requests or users?'],
  [/cost|spend|budget|cloud|aws|gcp|azure|saving/i, 'How much did it save per month or per year?'],
  [/incident|outage|on-call|oncall|reliab|alert|pager|crash/i, 'How did incidents, pages or crashes per week change?'],
  [/onboard|mentor|coach|train|teach/i, 'How many people did you help, and how much faster did they ramp up?'],
  [
    /customer|user|sales|revenue|conversion|churn|signup|pricing|checkout/i,
    'How many customers were affected, and how did conversion, churn or revenue move?'
  ],
  [/automat|script|ci\b|pipeline|build|deploy|test/i, 'How much time did it save per week, or how did build or deploy time change?'],
  [/doc|strategy|proposal|spec|plan|roadmap|narrative/i, 'Who used it, and what decision or direction did it shape?']
]
const DEFAULT_QUESTION = 'How many people did this reach, and what changed for them — from what, to what?'

export function measureQuestion(win: Pick<Win, 'title' | 'whatIDid' | 'impact'>): string {
  const text = `${win.title} ${win.whatIDid} ${win.impact}`
  return QUESTIONS.find(([re]) => re.test(text))?.[1] ?? DEFAULT_QUESTION
}

const PLACEHOLDER_RE = /\[[^\]]*\?\]/g
const LEADING = /[\s,.;—-]/
const TRAILING = /[\s,;—-]/
/** `s` without leading [\s,.;—-] and trailing [\s,;—-] runs: a regex alternation anchored at the end tried every position. */
function trimEdges(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && LEADING.test(s[start]!)) start++
  while (end > start && TRAILING.test(s[end - 1]!)) end--
  return s.slice(start, end)
}
const clean = (s: string) => trimEdges((s.includes('?]') ? s.replace(PLACEHOLDER_RE, '') : s).replace(/\s+([,.;])/g, '$1')).trim()

/**
 * What an impact text actually says, once a rewrite applied earlier is read back: the
 * outcome (X / Result) and any measure the person typed (Y / Measured), with every
 * unanswered [placeholder?] removed. Without this, rewriting a rewrite would nest it.
 */
export function readImpact(impact: string): { outcome: string; measure: string } {
  const star = /^Result:\s*(.*)$/m.exec(impact)
  if (star && /^Situation:/m.test(impact)) {
    const [outcome, measure = ''] = star[1]!.split(/\bMeasured:\s*/)
    return { outcome: clean(outcome ?? ''), measure: clean(measure) }
  }
  // The literal each pattern needs is looked for first: a plain impact (most of a history) then
  // costs two substring scans instead of three regular expressions run over it.
  const xyz = impact.includes(' as measured by ') ? /^(.*?),? as measured by (.*?), by (.*)$/s.exec(impact.trim()) : null
  if (xyz) return { outcome: clean(xyz[1]!), measure: clean(xyz[2]!) }
  const plain = impact.includes('?]') && impact.includes(' by ') ? /^(.*?),? by (?:[a-z]+ing|doing this:) .*$/s.exec(impact.trim()) : null
  if (plain && /\[[^\]]*\?\]/.test(impact)) return { outcome: clean(plain[1]!), measure: '' }
  return { outcome: clean(impact), measure: '' }
}

type ReadImpact = ReturnType<typeof readImpact>
const hasOutcome = (w: RewriteWin, read: ReadImpact = readImpact(w.impact)) => {
  const { outcome, measure } = read
  return outcome.length > 0 && (OUTCOME_WORDS.test(outcome) || measuresSomething(`${outcome} ${measure}`) || outcome.length >= 40)
}
const isMeasured = (w: RewriteWin, read: ReadImpact = readImpact(w.impact)) => {
  const { outcome, measure } = read
  // A measure is a change, a multiple or an amount of something — never "measurably" or "in 90 days".
  return w.metrics.length > 0 || measuresSomething(`${outcome} ${measure}`)
}
const hasScope = (w: RewriteWin) => w.scope !== 'self' || w.stakeholders.length > 0 || BENEFICIARY.test(w.impact.toLowerCase())

/** Task only → outcome → measured outcome → measured outcome with scope, and the one thing to add next. */
// Stored wins are replaced, never edited in place: a result cached by object stays right, and a
// promo packet over a busy year asks for the same wins' strength many times.
const strengths = new WeakMap<RewriteWin, ImpactStrength>()

export function impactStrength(win: RewriteWin): ImpactStrength {
  let cached = strengths.get(win)
  if (!cached) strengths.set(win, (cached = computeStrength(win)))
  return cached
}

function computeStrength(win: RewriteWin): ImpactStrength {
  let level: StrengthLevel
  let next: string
  const read = readImpact(win.impact)
  if (!hasOutcome(win, read)) {
    level = 'task'
    next = `Say what changed because of it, and for whom. ${measureQuestion(win)}`
  } else if (!isMeasured(win, read)) {
    level = 'outcome'
    next = `Add a measure you have: ${measureQuestion(win)}`
  } else if (!hasScope(win)) {
    level = 'measured'
    next = 'Say who it reached: which team, org or customers depended on it?'
  } else {
    level = 'measured-scoped'
    next =
      win.metrics.length > 0 && win.metrics.every((m) => m.baseline === undefined)
        ? 'Add the baseline to a metric (from what, to what) so the change is visible.'
        : win.evidence.length === 0
          ? 'Link the evidence: a doc, dashboard or announcement a reviewer can open.'
          : 'Strong: keep it as it is.'
  }
  const rank = ['task', 'outcome', 'measured', 'measured-scoped'].indexOf(level)
  return { level, rank, label: STRENGTH_LABELS[level], next }
}

const IRREGULAR: Record<string, string> = {
  led: 'leading',
  ran: 'running',
  built: 'building',
  wrote: 'writing',
  made: 'making',
  cut: 'cutting',
  set: 'setting',
  took: 'taking',
  gave: 'giving',
  drove: 'driving',
  won: 'winning',
  found: 'finding',
  brought: 'bringing',
  taught: 'teaching',
  got: 'getting',
  kept: 'keeping',
  held: 'holding',
  began: 'beginning',
  chose: 'choosing',
  sent: 'sending',
  spent: 'spending',
  met: 'meeting',
  put: 'putting',
  rewrote: 'rewriting',
  read: 'reading',
  shut: 'shutting',
  split: 'splitting',
  sat: 'sitting'
}

/** "Planned the migration in three waves" → "planning the migration in three waves". */
export function toGerund(clause: string): string | null {
  const text = stripEndPunct(clause).replace(/^I\s+/, '')
  const m = /^([A-Za-z]+)(\b.*)$/s.exec(text)
  if (!m) return null
  const verb = m[1]!.toLowerCase()
  const rest = m[2]!
  if (IRREGULAR[verb]) return IRREGULAR[verb] + rest
  if (/ied$/.test(verb)) return verb.replace(/ied$/, 'ying') + rest
  if (/[^e]ed$/.test(verb) && verb.length > 4) return verb.replace(/ed$/, 'ing') + rest
  return null
}

function byDoing(win: RewriteWin): { text: string; placeholder: boolean } {
  const first = splitSentences(win.whatIDid)[0]?.text
  const gerund = (first && toGerund(first)) || toGerund(win.title)
  if (gerund) return { text: gerund, placeholder: false }
  if (first) return { text: `doing this: ${lowerFirst(stripEndPunct(first))}`, placeholder: false }
  return { text: ACTION_PLACEHOLDER, placeholder: true }
}

/**
 * Rewrite a win as impact (XYZ and STAR) using only what the win says. Where a fact is
 * missing it asks a specific question and leaves a visible placeholder: the templates here
 * contain no digits, so every number in the output comes from the win itself.
 */
export function rewriteImpact(win: RewriteWin, commitment?: LinkedCommitment): ImpactRewrite {
  const strength = impactStrength(win)
  const questions: string[] = []
  const placeholders = new Set<string>()
  const read = readImpact(win.impact)
  const outcome = hasOutcome(win) ? stripEndPunct(read.outcome) : ''
  if (!outcome) {
    placeholders.add(OUTCOME_PLACEHOLDER)
    questions.push('What changed because of this, and for whom?')
  }
  // Metrics first; else a measure the person typed into an earlier rewrite.
  const metricsText = win.metrics.map(formatMetricPlain).join(' and ') || stripEndPunct(read.measure)
  const measuredInText = measuresSomething(outcome)
  if (!metricsText && !measuredInText) {
    placeholders.add(METRIC_PLACEHOLDER)
    questions.push(measureQuestion(win))
  }
  if (!hasScope(win)) questions.push('Who else depended on this — which team, org or customers?')
  const z = byDoing(win)
  if (z.placeholder) {
    placeholders.add(ACTION_PLACEHOLDER)
    questions.push('What did you do, step by step? Which decisions were yours?')
  }

  const x = outcome ? upperFirst(outcome) : OUTCOME_PLACEHOLDER
  const y = metricsText || (measuredInText ? '' : METRIC_PLACEHOLDER)
  const xyz = y ? `${x}, as measured by ${y}, by ${z.text}.` : `${x}, by ${z.text}.`

  const doneSentences = splitSentences(win.whatIDid).map((s) => s.text)
  const situationLine = doneSentences.find((s) => SITUATION.test(s.toLowerCase()))
  if (!situationLine) placeholders.add(SITUATION_PLACEHOLDER)
  const actions = doneSentences.filter((s) => s !== situationLine)
  const star = {
    situation: situationLine ?? `${stripEndPunct(win.title)} — ${SITUATION_PLACEHOLDER}`,
    task: commitment
      ? `I committed to: ${lowerFirst(stripEndPunct(commitment.title))}.`
      : `I took on ${toGerund(win.title) ?? lowerFirst(stripEndPunct(win.title))}.`,
    action: actions.length ? actions.join(' ') : ACTION_PLACEHOLDER,
    result: [
      outcome ? `${upperFirst(outcome)}.` : `${OUTCOME_PLACEHOLDER}.`,
      metricsText ? `Measured: ${metricsText}.` : measuredInText ? '' : `Measured: ${METRIC_PLACEHOLDER}.`
    ]
      .filter(Boolean)
      .join(' ')
  }
  const starText = `Situation: ${star.situation}\nTask: ${star.task}\nAction: ${star.action}\nResult: ${star.result}`
  return {
    winId: win.id,
    strength,
    xyz,
    star,
    starText,
    questions,
    placeholders: [...placeholders],
    sourceIds: [win.id, ...(commitment ? [commitment.id] : [])]
  }
}
