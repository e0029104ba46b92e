import { hasBeforeAfter, isMeasured } from '../base/quantities'
import {
  CRITERION_LABELS,
  RUBRIC_CRITERIA,
  SPEAKING,
  formatMinutes,
  speakingSeconds,
  type Competency,
  type CriterionFeedback,
  type RubricCriterion,
  type RubricFeedback
} from '../../../shared/domain/interview'
import { COMPETENCY_CUES } from './questionBank'
import * as cue from './rubricCues'
import { clamp, contentStems, countMatches, splitSentences, type Sentence } from './text'

const { wordsPerMinute: WORDS_PER_MINUTE, targetSeconds: TARGET_SECONDS, shortestSeconds: SHORT, longestSeconds: LONG } = SPEAKING

export interface RubricInput {
  question: string
  competency?: Competency
  answer: string
  /** e.g. "Senior", "Staff (L6)"; empty means senior-IC expectations. */
  targetLevel?: string
}

const WEIGHTS: Record<RubricCriterion, number> = {
  structure: 15,
  ownership: 15,
  specificity: 15,
  measurableResult: 15,
  scope: 10,
  reflection: 10,
  fit: 10,
  delivery: 10
}

type Part = 'S' | 'T' | 'A' | 'R' | 'L' | '-'
const pct = (n: number) => `${Math.round(n * 100)}%`
const lc = (s: Sentence) => s.text.toLowerCase()

/** Which STAR part a sentence most looks like; position breaks ties (scene-setting comes first). */
function classify(s: Sentence, total: number): Part {
  const t = lc(s)
  if (cue.REFLECTION.test(t)) return 'L'
  const result = cue.RESULT.test(t)
  const measure = isMeasured(s.text) && s.index > 0
  const action = cue.ACTION.test(t) || cue.WE_ACTION.test(t)
  const task = cue.TASK.test(t)
  const situation = cue.SITUATION.test(t)
  const late = s.index >= total / 2
  if (result && (late || !action)) return 'R'
  if (action && !(task && s.index === 0)) return 'A'
  if (task) return 'T'
  if (situation) return 'S'
  if (result || measure) return 'R'
  // Unmarked sentences: the opening ones usually set the scene.
  return s.index === 0 ? 'S' : '-'
}

interface Ctx {
  answer: string
  lower: string
  sentences: Sentence[]
  parts: Part[]
  words: number
}

const first = (ctx: Ctx, pred: (s: Sentence, i: number) => boolean) => ctx.sentences.find((s, i) => pred(s, i))
const quoteOf = (s: Sentence | undefined, ctx: Ctx) => (s ?? ctx.sentences[0])?.text ?? ''
const longest = (ss: Sentence[]) => ss.reduce<Sentence | undefined>((a, b) => (!a || b.words > a.words ? b : a), undefined)

type Scored = Omit<CriterionFeedback, 'id' | 'label'>

function structure(ctx: Ctx): Scored {
  const by = (p: Part) => ctx.sentences.filter((_, i) => ctx.parts[i] === p).reduce((n, s) => n + s.words, 0) / Math.max(1, ctx.words)
  const st = by('S') + by('T')
  const a = by('A')
  const r = by('R')
  const lastAction = ctx.parts.lastIndexOf('A')
  const lastResult = ctx.parts.lastIndexOf('R')
  const ordered = lastResult > lastAction && lastAction >= 0
  // Under about sixty words there is no room for a situation, actions and a result.
  const room = Math.min(1, ctx.words / 60)
  const score = clamp(
    room *
      100 *
      (0.4 * Math.min(1, a / 0.45) +
        0.25 * (st <= 0.35 ? 1 : Math.max(0, 1 - (st - 0.35) / 0.35)) +
        0.25 * (r > 0 ? 1 : 0) +
        0.1 * (ordered ? 1 : 0))
  )
  const reason = `Situation and task take ${pct(st)} of the words, action ${pct(a)}, result ${pct(r)}${r > 0 ? '' : ' (no clear result)'}.`
  if (room < 1) {
    return {
      score,
      reason: `${reason} At ${ctx.words} words it is too short to have a shape.`,
      quote: quoteOf(longest(ctx.sentences), ctx),
      tip: 'Tell it in four parts: the situation in a sentence, your task, two or three actions, the result.'
    }
  }
  if (st > 0.45) {
    const scene = longest(ctx.sentences.filter((_, i) => ctx.parts[i] === 'S' || ctx.parts[i] === 'T'))
    return {
      score,
      reason: `${reason} Most of the answer sets the scene.`,
      quote: quoteOf(scene, ctx),
      tip: 'Keep situation and task to two sentences; spend most of the time on what you did.'
    }
  }
  if (r === 0)
    return {
      score,
      reason,
      quote: quoteOf(ctx.sentences.at(-1), ctx),
      tip: 'End with a clear result: what changed because of what you did.'
    }
  if (a < 0.3) {
    return {
      score,
      reason: `${reason} Too little on your own actions.`,
      quote: quoteOf(
        first(ctx, (_, i) => ctx.parts[i] === 'A'),
        ctx
      ),
      tip: 'Walk through two or three concrete steps you took and why.'
    }
  }
  return {
    score,
    reason: `${reason} Short setup, most time on action, a clear result.`,
    quote: quoteOf(
      first(ctx, (_, i) => ctx.parts[i] === 'R'),
      ctx
    ),
    tip: 'Keep this shape.'
  }
}

function ownership(ctx: Ctx): Scored {
  const i = countMatches(ctx.lower, cue.I_FORMS)
  const we = countMatches(ctx.lower, cue.WE_FORMS)
  const passive = countMatches(ctx.lower, cue.PASSIVE)
  const iActions = ctx.sentences.filter((s) => cue.ACTION.test(lc(s))).length
  const weActions = ctx.sentences.filter((s) => cue.WE_ACTION.test(lc(s)) && !cue.ACTION.test(lc(s))).length
  if (i + we === 0) {
    return {
      score: 20,
      reason: 'The answer never says who did what.',
      quote: quoteOf(ctx.sentences[0], ctx),
      tip: 'Say “I” for what you did and “we” only for what the team did.'
    }
  }
  const ratio = (i + 2 * iActions) / (i + 2 * iActions + we + 2 * weActions)
  const score = clamp(Math.round(110 * ratio - 6 * passive))
  const reason = `“I” ${i} times (${iActions} sentences where you act) vs “we/our/the team” ${we} times (${weActions} where the team acts)${passive ? `; ${passive} passive phrases` : ''}.`
  if (ratio < 0.55) {
    const weLine = first(ctx, (s) => cue.WE_ACTION.test(lc(s))) ?? first(ctx, (s) => /\b(we|our)\b/.test(lc(s)))
    return {
      score,
      reason: `${reason} Your own part is hard to see.`,
      quote: quoteOf(weLine, ctx),
      tip: 'Rewrite the “we” sentences as what you personally did.'
    }
  }
  return {
    score,
    reason: `${reason} Your own actions are clear.`,
    quote: quoteOf(
      first(ctx, (s) => cue.ACTION.test(lc(s))),
      ctx
    ),
    tip: 'Keep naming your own decisions; credit the team for theirs.'
  }
}

function specificity(ctx: Ctx): Scored {
  const anchors = ctx.sentences.filter((s) => cue.TIME_ANCHOR.test(lc(s)))
  const generic = ctx.sentences.filter((s) => countMatches(lc(s), cue.GENERIC) > 0)
  const genericCount = countMatches(ctx.lower, cue.GENERIC)
  // Proper nouns mid-sentence (systems, teams, people) are a sign of one real event.
  const proper = new Set(
    ctx.sentences.flatMap((s) => (s.text.match(/(?<=\s)[A-Z][a-zA-Z0-9]+/g) ?? []).filter((w) => w !== 'I' && !/^I['’]/.test(w)))
  ).size
  const nums = countMatches(ctx.answer, /\d+/g)
  const past = countMatches(ctx.lower, /\b(i|we)\s+(\w+ly\s+)?\w+ed\b/g)
  const score = clamp(
    25 + 18 * Math.min(anchors.length, 2) + 6 * Math.min(proper, 4) + 4 * Math.min(nums, 3) + 3 * Math.min(past, 5) - 16 * genericCount
  )
  const reason = `${anchors.length ? 'Anchored in time' : 'No moment in time'}; ${proper} named things; ${genericCount} generalising phrases (usually, always, I would…).`
  if (genericCount >= 2 || (anchors.length === 0 && score < 55)) {
    return {
      score,
      reason: `${reason} It sounds like how you usually work, not one event.`,
      quote: quoteOf(generic[0] ?? ctx.sentences[0], ctx),
      tip: 'Pick one real occasion: when it was, who was involved, what happened.'
    }
  }
  return {
    score,
    reason: `${reason} It is one real event.`,
    quote: quoteOf(anchors[0] ?? ctx.sentences[0], ctx),
    tip: 'Keep the concrete details; name the system or the team.'
  }
}

function measurableResult(ctx: Ctx): Scored {
  const resultIdx = ctx.parts.map((p, i) => (p === 'R' ? i : -1)).filter((i) => i >= 0)
  const measuredResult = resultIdx.map((i) => ctx.sentences[i]!).find((s) => isMeasured(s.text))
  // A number in the opening sentence is usually the situation ("three roles had been open"), unless it reads as a result.
  const measuredAnywhere = ctx.sentences.find((s) => isMeasured(s.text) && (s.index > 0 || cue.RESULT.test(lc(s))))
  const baseline = ctx.sentences.find((s) => hasBeforeAfter(s.text))
  if (measuredResult || measuredAnywhere) {
    const s = baseline ?? measuredResult ?? measuredAnywhere!
    const score = baseline ? 100 : measuredResult ? 88 : 60
    return {
      score,
      reason: baseline
        ? 'The result is measured, with a before and after.'
        : measuredResult
          ? 'The result is measured.'
          : 'There is a number, but not clearly as the result.',
      quote: s.text,
      tip: baseline ? 'Keep it; say who it mattered to.' : 'Add the before-and-after if you have it (from what, to what).'
    }
  }
  const outcome = resultIdx.length ? ctx.sentences[resultIdx.at(-1)!] : undefined
  return {
    score: outcome ? 32 : 8,
    reason: outcome ? 'There is an outcome, but nothing measures it.' : 'There is no result, and nothing measures one.',
    quote: quoteOf(outcome ?? ctx.sentences.at(-1), ctx),
    tip: 'Add a measure you actually have: how many, how much faster, from what to what.',
    flag: 'No measurable result. Add one you actually have — Loopwise will not make one up.'
  }
}

function scope(ctx: Ctx, targetLevel: string): Scored {
  const expected = cue.expectedScope(targetLevel)
  const rankOf = (s: Sentence) => (cue.SCOPE_COMPANY.test(lc(s)) ? 3 : cue.SCOPE_ORG.test(lc(s)) ? 2 : cue.SCOPE_TEAM.test(lc(s)) ? 1 : 0)
  const ranked = ctx.sentences.map((s) => ({ s, rank: rankOf(s) }))
  const best = ranked.reduce((a, b) => (b.rank > a.rank ? b : a), ranked[0] ?? { s: undefined as unknown as Sentence, rank: 0 })
  const beneficiary = cue.BENEFICIARY.test(ctx.lower)
  const names = ['your own work', 'a team', 'several teams or the org', 'the company']
  const score =
    best.rank >= expected.rank
      ? clamp(72 + 14 * (best.rank - expected.rank) + (beneficiary ? 14 : 0))
      : clamp(55 - 22 * (expected.rank - best.rank) + (beneficiary ? 10 : 0))
  const who = targetLevel.trim() || 'a senior role'
  const reason = `The story reaches ${names[best.rank]}${beneficiary ? ' and names who benefited' : ''}; for ${who} the bar is ${expected.label}.`
  return {
    score,
    reason,
    quote: quoteOf(best.rank > 0 ? best.s : first(ctx, (s) => cue.ACTION.test(lc(s))), ctx),
    tip:
      best.rank >= expected.rank
        ? 'Say who else depended on the result.'
        : `Pick a story with ${expected.label}, or say who beyond you it reached.`
  }
}

function reflection(ctx: Ctx): Scored {
  const lines = ctx.sentences.filter((_, i) => ctx.parts[i] === 'L')
  if (lines.length === 0) {
    return {
      score: 10,
      reason: 'Nothing about what you learned or would do differently.',
      quote: quoteOf(ctx.sentences.at(-1), ctx),
      tip: 'Close with one line: what you learned and how you work differently since.'
    }
  }
  const applied = lines.find((s) => cue.REFLECTION_APPLIED.test(lc(s)))
  return {
    score: applied ? 95 : 68,
    reason: applied
      ? 'You say what you learned and how you work differently since.'
      : 'You name a lesson, but not how it changed what you do.',
    quote: (applied ?? lines[0]!).text,
    tip: applied ? 'Keep it to one or two sentences.' : 'Add what you now do differently because of it.'
  }
}

function fit(ctx: Ctx, question: string, competency?: Competency): Scored {
  const q = contentStems(question)
  const a = contentStems(ctx.answer)
  const shared = [...q].filter((w) => a.has(w))
  const cues = competency ? COMPETENCY_CUES[competency] : []
  const cueHits = cues.filter((re) => re.test(ctx.lower))
  const qShare = q.size ? shared.length / q.size : 0
  const cueShare = cues.length ? cueHits.length / cues.length : qShare
  const score = clamp(Math.round(15 + 50 * Math.min(1, qShare / 0.4) + 45 * Math.min(1, cueShare / 0.6)))
  const bestLine = longest(
    ctx.sentences.filter((s) => cues.some((re) => re.test(lc(s))) || [...contentStems(s.text)].some((w) => q.has(w)))
  )
  const reason = `Uses ${shared.length} of the question’s ${q.size} key words${cues.length ? ` and ${cueHits.length} of ${cues.length} signs of the competency` : ''}.`
  return {
    score,
    reason: score >= 60 ? `${reason} It answers what was asked.` : `${reason} It drifts from what was asked.`,
    quote: quoteOf(bestLine ?? ctx.sentences[0], ctx),
    tip:
      score >= 60
        ? 'Say the competency out loud once (“the disagreement was…”).'
        : 'Open by answering the question in one sentence, then tell the story.'
  }
}

function delivery(ctx: Ctx): Scored & { stats: RubricFeedback['stats'] } {
  const seconds = speakingSeconds(ctx.words)
  const fillers = cue.FILLERS.map(([word, re]) => ({ word, count: countMatches(ctx.lower, re) })).filter((f) => f.count > 0)
  const fillerCount = fillers.reduce((n, f) => n + f.count, 0)
  const long = ctx.sentences.filter((s) => s.words > SPEAKING.longSentenceWords)
  const andThen = countMatches(ctx.lower, cue.AND_THEN)
  // About two minutes of speaking is the target; 90–150 seconds scores full marks.
  const lengthScore = seconds < SHORT ? clamp(100 - (SHORT - seconds) * 1.1) : seconds > LONG ? clamp(100 - (seconds - LONG) * 0.9) : 100
  const density = (fillerCount / Math.max(1, ctx.words)) * 100
  const score = clamp(
    Math.round(lengthScore - Math.min(45, density * 9) - Math.min(30, 10 * long.length) - Math.min(20, 6 * Math.max(0, andThen - 1)))
  )
  const parts = [
    `${ctx.words} words ≈ ${formatMinutes(seconds)} at ${WORDS_PER_MINUTE} words a minute (target about ${formatMinutes(TARGET_SECONDS)})`
  ]
  if (fillerCount) parts.push(`filler words: ${fillers.map((f) => `${f.word} ×${f.count}`).join(', ')}`)
  if (long.length) parts.push(`${long.length} sentence${long.length > 1 ? 's' : ''} over ${SPEAKING.longSentenceWords} words`)
  if (andThen > 1) parts.push(`“and then” ${andThen} times`)
  const fillerLine = fillerCount ? ctx.sentences.find((s) => cue.FILLERS.some(([, re]) => countMatches(lc(s), re) > 0)) : undefined
  const tip =
    seconds < SHORT
      ? 'Too short to land: add the actions you took and the result.'
      : seconds > LONG
        ? 'Cut the setup and side-stories to get near two minutes.'
        : fillerCount
          ? 'Pause instead of filler words.'
          : long.length
            ? 'Break the long sentences up.'
            : 'Good length and pace.'
  return {
    score,
    reason: `${parts.join('; ')}.`,
    quote: quoteOf(fillerLine ?? longest(long) ?? longest(ctx.sentences), ctx),
    tip,
    stats: { words: ctx.words, speakingSeconds: seconds, targetSeconds: TARGET_SECONDS, fillers, longSentences: long.length }
  }
}

/** The built-in, offline rubric: deterministic, every score with a reason and the answer's own words. */
export function scoreAnswer(input: RubricInput): RubricFeedback {
  const sentences = splitSentences(input.answer)
  const ctx: Ctx = {
    answer: input.answer,
    lower: input.answer.toLowerCase(),
    sentences,
    parts: sentences.map((s) => classify(s, sentences.length)),
    words: sentences.reduce((n, s) => n + s.words, 0)
  }
  const d = delivery(ctx)
  const results: Record<RubricCriterion, Scored> = {
    structure: structure(ctx),
    ownership: ownership(ctx),
    specificity: specificity(ctx),
    measurableResult: measurableResult(ctx),
    scope: scope(ctx, input.targetLevel ?? ''),
    reflection: reflection(ctx),
    fit: fit(ctx, input.question, input.competency),
    delivery: { score: d.score, reason: d.reason, quote: d.quote, tip: d.tip }
  }
  const criteria = RUBRIC_CRITERIA.map((id) => ({ id, label: CRITERION_LABELS[id], ...results[id], score: Math.round(results[id].score) }))
  const total = RUBRIC_CRITERIA.reduce((n, id) => n + WEIGHTS[id], 0)
  const overall = Math.round(criteria.reduce((n, c) => n + c.score * WEIGHTS[c.id], 0) / total)
  return { overall, criteria, stats: d.stats, engine: 'builtin' }
}

/** For tests and the separation figure: the STAR part the scorer saw in each sentence. */
export const debugParts = (answer: string) => {
  const s = splitSentences(answer)
  return s.map((x) => `${classify(x, s.length)} ${x.text}`)
}
