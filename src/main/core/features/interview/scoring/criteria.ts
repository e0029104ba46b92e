import { SPEAKING, formatMinutes, speakingSeconds, type Competency, type RubricFeedback } from '../../../../../shared/domain/interview'
import { expectedScope } from '../../impact/rubricCues'
import type { Ladder } from '../../../../../shared/domain/ladder'
import { intentFor } from '../questionBank'
import { clamp, countMatches } from '../../../base/text'
import { contentWords, type Analysis, type SentenceFacts } from './analyse'
import { ELEMENT_FINDERS, ELEMENT_LABELS, type ElementId, type QuestionIntent } from './elements'
import * as lx from './lexicon'

export interface Scored {
  score: number
  reason: string
  /** Exact words from the answer. */
  quote: string
  /** What to do next time, about this answer and this question. */
  tip: string
  flag?: string
}

const pct = (n: number) => `${Math.round(n * 100)}%`
/** A short, exact piece of a sentence for a tip to point at. */
export const snippet = (text: string, words = 8) => {
  const w = text.split(/\s+/)
  return w.length <= words ? text.replace(/[.!?]+$/, '') : `${w.slice(0, words).join(' ')}…`
}
const quoteOf = (a: Analysis, s?: { text: string }) => s?.text ?? a.sentences[0]?.text ?? ''
const longest = (ss: SentenceFacts[]) => ss.reduce<SentenceFacts | undefined>((x, y) => (!x || y.words > x.words ? y : x), undefined)

export function structure(a: Analysis, intent: QuestionIntent): Scored {
  const share = (...parts: SentenceFacts['part'][]) =>
    a.sentences.filter((s) => parts.includes(s.part)).reduce((n, s) => n + s.words, 0) / Math.max(1, a.words)
  const setup = share('situation', 'task')
  const act = share('action')
  const res = share('result')
  const pad = share('padding')
  const lastAction = a.sentences.map((s) => s.part).lastIndexOf('action')
  const firstResult = a.sentences.findIndex((s) => s.part === 'result')
  const ordered = lastAction >= 0 && a.sentences.some((s, i) => s.part === 'result' && i > lastAction - 1)
  const room = Math.min(1, a.words / 50)
  const score = clamp(
    room *
      100 *
      (0.4 * Math.min(1, act / 0.35) +
        0.2 * (setup <= 0.35 ? 1 : Math.max(0, 1 - (setup - 0.35) / 0.35)) +
        0.25 * (res > 0 ? 1 : 0) +
        0.15 * (ordered ? 1 : 0)) -
      60 * pad
  )
  const reason = `Setup takes ${pct(setup)} of the words, your actions ${pct(act)}, the result ${pct(res)}${pad ? `, side-talk ${pct(pad)}` : ''}.`
  if (act < 0.15) {
    const scene = longest(a.sentences.filter((s) => s.part !== 'action'))
    return {
      score,
      reason: `${reason} There is no part where you act.`,
      quote: quoteOf(a, scene),
      tip: `Between “${snippet(scene?.text ?? '')}” and the result, say the two or three things you did, in order.`
    }
  }
  if (res === 0) {
    const last = a.sentences.at(-1)
    return {
      score,
      reason: `${reason} It stops before saying what changed.`,
      quote: quoteOf(a, last),
      tip: `After “${snippet(last?.text ?? '')}”, say what changed because of it — ${intent.asks} needs an ending.`
    }
  }
  if (setup > 0.45) {
    const scene = longest(a.sentences.filter((s) => s.part === 'situation' || s.part === 'task'))
    return {
      score,
      reason: `${reason} Most of it sets the scene.`,
      quote: quoteOf(a, scene),
      tip: `Cut “${snippet(scene?.text ?? '')}” to one sentence and spend the time on what you did.`
    }
  }
  return {
    score,
    reason: `${reason} Short setup, most of it on what you did, then the result.`,
    quote: quoteOf(a, a.sentences[firstResult >= 0 ? firstResult : 0]),
    tip: `Keep this order for ${intent.asks}.`
  }
}

export function ownership(a: Analysis, intent: QuestionIntent): Scored {
  const clauses = a.sentences.flatMap((s) => s.clauses.map((c) => ({ ...c, s })))
  const own = clauses.filter((c) => c.agency === 'self')
  const ownWeight = own.reduce((n, c) => n + (c.tense === 'past' ? 1 : 0.6), 0)
  const observe = clauses.filter((c) => c.agency === 'observe')
  const defer = clauses.filter((c) => c.agency === 'defer')
  const others = clauses.filter((c) => c.agency === 'other')
  const ratio = ownWeight / Math.max(0.001, ownWeight + observe.length + 2 * defer.length + 0.5 * others.length)
  const volume = Math.min(1, ownWeight / 4)
  const score = clamp(Math.round(100 * ratio * (0.45 + 0.55 * volume)))
  const verbs = [...new Set(own.map((c) => c.verb))].slice(0, 5)
  const reason = `You act in ${own.length} clause${own.length === 1 ? '' : 's'}${verbs.length ? ` (${verbs.join(', ')})` : ''}; you watch in ${observe.length}, follow orders in ${defer.length}, others act in ${others.length}.`
  const weak = defer[0] ?? observe[0] ?? others[0]
  if (weak && (ratio < 0.75 || ownWeight < 2)) {
    const what =
      weak.agency === 'defer'
        ? 'does what you were told'
        : weak.agency === 'observe'
          ? 'says what you saw, not what you did'
          : 'is what someone else did'
    return {
      score,
      reason: `${reason} Your own decisions are hard to find.`,
      quote: weak.s.text,
      tip: `“${snippet(weak.s.text)}” ${what}: replace it with the call you made or the thing you built in that moment.`
    }
  }
  if (ownWeight < 2) {
    return {
      score,
      reason: `${reason} There is little you did in it.`,
      quote: quoteOf(a, a.sentences[0]),
      tip: `For ${intent.asks}, add the steps you took yourself, each with a verb like decided, wrote or persuaded.`
    }
  }
  const best = own.find((c) => c.tense === 'past') ?? own[0]!
  return {
    score,
    reason: `${reason} Your own actions carry the story.`,
    quote: best.s.text,
    tip: `Keep “${snippet(best.s.text)}”: it makes you the one acting. Credit others by name for their part.`
  }
}

export function specificity(a: Analysis): Scored {
  const moments = a.sentences.filter((s) => s.moment)
  const actors = new Set((a.answer.match(lx.ACTORS) ?? []).map((x) => x.toLowerCase()))
  const artefacts = new Set(a.lower.match(lx.ARTEFACTS) ?? [])
  const quantities = a.sentences.reduce((n, s) => n + s.quantities.length, 0)
  const generic = countMatches(a.lower, lx.GENERIC)
  const buzz = countMatches(a.lower, lx.BUZZWORDS)
  const score = clamp(
    18 +
      24 * Math.min(moments.length, 1) +
      8 * Math.min(moments.length - 1, 1) +
      5 * Math.min(actors.size, 4) +
      4 * Math.min(artefacts.size, 5) +
      3 * Math.min(quantities, 3) -
      12 * generic -
      11 * buzz
  )
  const reason = `${moments.length ? 'Set at a moment in time' : 'No moment in time'}; ${actors.size} people or roles and ${artefacts.size} concrete things named; ${generic} generalising and ${buzz} buzzword phrase${buzz === 1 ? '' : 's'}.`
  const vague =
    a.sentences.find((s) => countMatches(s.lower, lx.BUZZWORDS) > 0) ?? a.sentences.find((s) => countMatches(s.lower, lx.GENERIC) > 0)
  if (vague && (buzz + generic >= 2 || score < 55)) {
    const words = [...new Set([...(vague.lower.match(lx.BUZZWORDS) ?? []), ...(vague.lower.match(lx.GENERIC) ?? [])])].slice(0, 3)
    return {
      score,
      reason: `${reason} It sounds like a way of working, not one event.`,
      quote: vague.text,
      tip: `Swap “${words.join('”, “')}” for what you actually touched: the document, system or person, and when.`
    }
  }
  if (!moments.length) {
    const s = a.sentences[0]
    return {
      score,
      reason: `${reason} It is hard to tell when this happened.`,
      quote: quoteOf(a, s),
      tip: `Open “${snippet(s?.text ?? '')}” with when it was: last spring, the week before the launch.`
    }
  }
  return {
    score,
    reason: `${reason} It is one real event.`,
    quote: moments[0]!.text,
    tip: `Keep “${snippet(moments[0]!.text, 6)}” — the moment makes it believable.`
  }
}

export function measurableResult(a: Analysis, intent: QuestionIntent): Scored {
  const fake = (s: SentenceFacts) =>
    s.quantities.length > 0 &&
    (lx.MADE_UP_SCALE.test(s.lower) || s.quantities.every((q) => lx.VANITY.test(q.about.toLowerCase()) || !q.about))
  const vanity = a.sentences.find((s) => s.quantities.length > 0 && lx.MADE_UP_SCALE.test(s.lower)) ?? a.sentences.find(fake)
  const real = a.sentences.filter((s) => s.quantities.length > 0 && !fake(s) && s.index > 0)
  const compared = real.filter((s) => s.compared)
  const inResult = real.find((s) => s.part === 'result')
  // Fake numbers cost credibility even next to a real one.
  const penalty = vanity ? 18 : 0
  if (compared.length) {
    const best = compared[0]!
    return {
      score: clamp(80 + 12 * Math.min(compared.length - 1, 2) - penalty),
      reason: `${compared.length} result${compared.length > 1 ? 's are' : ' is'} measured against a before, in units a listener can picture${vanity ? '; another number measures nothing anyone can check' : ''}.`,
      quote: vanity ? vanity.text : best.text,
      tip: vanity
        ? `Drop “${snippet(vanity.text)}”: a made-up scale undercuts the real measure.`
        : compared.length === 1
          ? `Next to “${snippet(best.text)}”, add a second measure: how many people it reached, or what it saved.`
          : `Keep “${snippet(best.text)}”; say who it mattered to.`
    }
  }
  if (real.length) {
    const s = inResult ?? real[0]!
    return {
      score: clamp((inResult ? 62 : 42) - penalty),
      reason: inResult
        ? 'There is a measure, but no before to compare it with.'
        : 'There is a number, but it sets the scene rather than measures the result.',
      quote: s.text,
      tip: `Give “${snippet(s.text)}” a baseline: from what, to what.`
    }
  }
  if (vanity) {
    return {
      score: 20,
      reason: 'The only number measures nothing a listener can check (a made-up scale or a vanity metric).',
      quote: vanity.text,
      tip: `Replace “${snippet(vanity.text)}” with a measure someone else could check: time, money, errors, people.`,
      flag: 'No measurable result a listener can check. Add one you actually have — Loopwise will not make one up.'
    }
  }
  const outcome = a.sentences.filter((s) => s.part === 'result').at(-1)
  return {
    score: outcome ? 28 : 8,
    reason: outcome ? 'There is an outcome, but nothing measures it.' : 'There is no result, and nothing measures one.',
    quote: quoteOf(a, outcome ?? a.sentences.at(-1)),
    tip: outcome
      ? `Turn “${snippet(outcome.text)}” into how much: from what, to what.`
      : `End ${intent.asks} with what changed, in a measure you actually have.`,
    flag: 'No measurable result. Add one you actually have — Loopwise will not make one up.'
  }
}

export function scope(a: Analysis, targetLevel: string, intent: QuestionIntent, ladder?: Ladder): Scored {
  const expected = expectedScope(targetLevel, ladder)
  let rank = 0
  let quote: SentenceFacts | undefined
  let counted = false
  for (const s of a.sentences) {
    if (lx.TRIVIAL.test(s.lower)) continue
    let r = 0
    for (const q of s.quantities) {
      const noun = (q.unit || q.about || '').toLowerCase().split(/\s+/).at(-1) ?? ''
      if (q.dimension !== 'count' || !lx.PEOPLE_NOUNS.test(noun)) continue
      counted = true
      const teams = /^(?:teams?|squads?|orgs?|departments?|offices?|regions?|countries)$/.test(noun)
      r = Math.max(r, teams ? (q.value >= 10 ? 3 : q.value >= 2 ? 2 : 1) : q.value >= 1000 ? 3 : q.value >= 40 ? 2 : 1)
    }
    const groups = s.lower.match(lx.GROUPS) ?? []
    for (const g of groups) r = Math.max(r, /every|all|whole/.test(g) ? 2 : /several|multiple|other|partner|sister/.test(g) ? 2 : 1)
    if (r > rank) {
      rank = r
      quote = s
    }
  }
  const titles = countMatches(a.lower, lx.TITLES)
  // Naming senior people or a trivial act without anyone affected is name-dropping: it costs.
  const dropped = a.sentences.some(
    (s) => (countMatches(s.lower, lx.TITLES) > 0 || lx.TRIVIAL.test(s.lower)) && !s.quantities.some((q) => q.dimension === 'count')
  )
  const names = ['only your own work', 'one team or group', 'several teams or a large group', 'the company or thousands of people']
  const score =
    (rank >= expected.rank
      ? clamp(75 + 12 * (rank - expected.rank) + (counted ? 13 : 0))
      : clamp(58 - 25 * (expected.rank - rank) + (counted ? 10 : 0))) - (dropped ? 15 : 0)
  const who = targetLevel.trim() || 'a senior role'
  const reason = `It reaches ${names[rank]}${counted ? ', with a count' : ''}; for ${who} the bar is ${expected.label}${titles && rank < 2 ? '. Naming senior people or “company-wide” is not the same as affecting them' : ''}.`
  const titleLine = a.sentences.find((s) => countMatches(s.lower, lx.TITLES) > 0 || lx.TRIVIAL.test(s.lower))
  // The sentence a listener would expect the reach to follow: the last result, else the last line.
  const anchor = a.sentences.filter((s) => s.part === 'result').at(-1) ?? a.sentences.at(-1)
  if (rank < expected.rank || !counted || dropped) {
    const q = titleLine ?? quote ?? a.sentences.at(-1)
    return {
      score,
      reason,
      quote: quoteOf(a, q),
      tip: titleLine
        ? `“${snippet(titleLine.text)}” names who heard about it; say who was affected instead, and how many.`
        : anchor
          ? `After “${snippet(anchor.text)}”, say who depended on it and how many of them.`
          : `For ${intent.asks}, say who depended on the result and how many of them.`
    }
  }
  return { score, reason, quote: quoteOf(a, quote), tip: `Keep “${snippet(quote!.text)}”: who and how many is what shows the reach.` }
}

export function reflection(a: Analysis, intent: QuestionIntent): Scored {
  const change = a.sentences.find((s) => s.change)
  const brag = a.sentences.find((s) => s.humbleBrag)
  const fluff = a.sentences.find((s) => s.fluff)
  const lesson = a.sentences.find((s) => s.part === 'reflection' || lx.LESSON.test(s.lower))
  if (change && !brag) {
    const concrete = change.clauses.some((c) => c.agency === 'self') || /\b(?:every|any|each|before i)\b/.test(change.lower)
    return {
      score: concrete ? 95 : 82,
      reason: 'You say what you do differently since — a change in behaviour, not just a lesson.',
      quote: change.text,
      tip: `Keep “${snippet(change.text)}”; one sentence like it is enough.`
    }
  }
  if (brag) {
    return {
      score: 12,
      reason: 'The “weakness” is a strength in disguise; an interviewer hears it as dodging.',
      quote: brag.text,
      tip: `Replace “${snippet(brag.text)}” with one thing you actually do differently since.`
    }
  }
  if (fluff) {
    return {
      score: 28,
      reason: 'It says you learned, but not what, nor what you do differently.',
      quote: fluff.text,
      tip: `Turn “${snippet(fluff.text)}” into the habit it changed (now I …).`
    }
  }
  if (lesson) {
    return {
      score: 55,
      reason: 'There is a lesson, but not how it changed what you do.',
      quote: lesson.text,
      tip: `After “${snippet(lesson.text)}”, add what you have done differently since.`
    }
  }
  return {
    score: 10,
    reason: 'Nothing about what you took from it or do differently since.',
    quote: quoteOf(a, a.sentences.at(-1)),
    tip: `After ${intent.asks}, close with one line on what you do differently since.`
  }
}

export function fit(a: Analysis, question: string, competency?: Competency): Scored & { missing: ElementId[]; intent: QuestionIntent } {
  const intent = intentFor(question, competency)
  const found = intent.elements.map((e) => ({ e, at: ELEMENT_FINDERS[e](a) }))
  const have = found.filter((f) => f.at)
  const missing = found.filter((f) => !f.at).map((f) => f.e)
  // The defining element comes first in each declaration: without it the answer is about something else.
  const q = contentWords(question)
  const topical = [...contentWords(a.answer)].filter((w) => q.has(w)).length / Math.max(1, Math.min(q.size, 6))
  // The detectors know the bank's wording; an answer that speaks the question's own words
  // (half of them or more) is on its topic even when a detector misses the defining element.
  const onTopic = topical >= 0.5 && have.length > 0
  const core = onTopic ? { ...found[0]!, at: found[0]!.at ?? have[0]!.at } : found[0]!
  const share = have.length / intent.elements.length
  let score = clamp(Math.round(25 + 60 * share + 15 * Math.min(1, topical)))
  if (!core.at) score = Math.min(score, 35)
  const reason = `The question asks for ${intent.asks}. Found: ${have.map((f) => ELEMENT_LABELS[f.e]).join('; ') || 'none of it'}${missing.length ? `. Missing: ${missing.map((e) => ELEMENT_LABELS[e]).join('; ')}` : ''}.`
  const quote = quoteOf(a, have[0]?.at ?? a.sentences[0])
  if (!core.at) {
    return {
      score,
      reason: `${reason} It answers a different question.`,
      quote,
      tip: `Open with ${ELEMENT_LABELS[core.e]} — this question asks for ${intent.asks}.`,
      missing,
      intent
    }
  }
  if (missing.length) {
    return { score, reason, quote, tip: `Add ${ELEMENT_LABELS[missing[0]!]}; the question asks for ${intent.asks}.`, missing, intent }
  }
  return {
    score,
    reason: `${reason} It answers what was asked.`,
    quote,
    tip: `Keep “${snippet(quote)}” near the start: it answers ${intent.asks}.`,
    missing,
    intent
  }
}

/** Spoken time below which an answer reads as short (130 words at 130 a minute). */
const SHORT_SECONDS = 60

export function delivery(a: Analysis, intent: QuestionIntent): Scored & { stats: RubricFeedback['stats']; padding: number } {
  const seconds = speakingSeconds(a.words)
  const fillers = lx.FILLERS.map(([word, re]) => ({ word, count: countMatches(a.lower, re) })).filter((f) => f.count > 0)
  // Repetition: a word said twice in a row ("I, I guess I"), a phrase restarted.
  const repeats = countMatches(a.lower, /\b(\w+)(?:,)?\s+\1\b/g) + countMatches(a.lower, /\b(\w+ \w+),? \1\b/g)
  if (repeats) fillers.push({ word: 'repeated words', count: repeats })
  const fillerCount = fillers.reduce((n, f) => n + f.count, 0)
  const long = a.sentences.filter((s) => s.words > SPEAKING.longSentenceWords)
  const padded = a.sentences.filter((s) => s.part === 'padding')
  const padWords = padded.reduce((n, s) => n + s.words, 0)
  const padding = padWords / Math.max(1, a.words)
  // Under a minute spoken is short for a story an interviewer expects to last about two: the
  // score falls with the missing time, so a crisp 60-word answer still beats a padded ramble.
  const short = a.words >= 35 && seconds < SHORT_SECONDS
  const lengthScore =
    a.words < 35
      ? clamp(40 + a.words)
      : short
        ? 100 - (SHORT_SECONDS - seconds) * 0.55
        : seconds > 170
          ? clamp(100 - (seconds - 170) * 0.8)
          : 100
  const density = (fillerCount / Math.max(1, a.words)) * 100
  const score = clamp(
    Math.round(
      lengthScore -
        Math.min(50, density * 7) -
        Math.min(45, padding * 120) -
        Math.min(
          40,
          long.reduce((n, l) => n + 8 + Math.floor((l.words - SPEAKING.longSentenceWords) / 5), 0)
        )
    )
  )
  const parts = [`${a.words} words ≈ ${formatMinutes(seconds)} spoken at ${SPEAKING.wordsPerMinute} words a minute`]
  if (a.words < 35 || short) parts.push(`short of the ${formatMinutes(SPEAKING.targetSeconds)} an answer usually takes`)
  if (fillerCount) parts.push(`fillers: ${fillers.map((f) => `${f.word} ×${f.count}`).join(', ')}`)
  if (padWords) parts.push(`${pct(padding)} of the words carry no situation, action or result`)
  if (long.length) parts.push(`${long.length} sentence${long.length > 1 ? 's' : ''} over ${SPEAKING.longSentenceWords} words`)
  const fillerLine = fillerCount
    ? a.sentences.find((s) => lx.FILLERS.some(([, re]) => countMatches(s.lower, re) > 0) || /\b(\w+),?\s+\1\b/.test(s.lower))
    : undefined
  const pad = longest(padded)
  const stats = { words: a.words, speakingSeconds: seconds, targetSeconds: SPEAKING.targetSeconds, fillers, longSentences: long.length }
  const base = { score, reason: `${parts.join('; ')}.`, stats, padding }
  const fillerTip = fillerLine && density >= 2.5 && density * 4 >= padding * 100
  if (pad && padding >= 0.12 && !fillerTip)
    return { ...base, quote: pad.text, tip: `Cut “${snippet(pad.text)}”: it carries no situation, action or result.` }
  if (fillerLine && density >= 2.5) {
    const top = [...fillers].sort((x, y) => y.count - x.count)[0]!
    return { ...base, quote: fillerLine.text, tip: `Say “${snippet(fillerLine.text, 6)}” again with a pause where “${top.word}” was.` }
  }
  if (a.words < 35)
    return { ...base, quote: quoteOf(a, a.sentences[0]), tip: `Too short to land: for ${intent.asks}, add what you did and what changed.` }
  if (short)
    return {
      ...base,
      quote: quoteOf(a, longest(a.sentences)),
      tip: `At ${formatMinutes(seconds)} it is short of the ${formatMinutes(SPEAKING.targetSeconds)} an interviewer expects: for ${intent.asks}, say more about what you did and what changed.`
    }
  if (seconds > 170)
    return {
      ...base,
      quote: quoteOf(a, longest(a.sentences)),
      tip: `At ${formatMinutes(seconds)} it runs long; cut “${snippet(longest(a.sentences)!.text, 6)}” to get near two minutes.`
    }
  if (long.length) return { ...base, quote: longest(long)!.text, tip: `Break “${snippet(longest(long)!.text, 6)}” into two sentences.` }
  return {
    ...base,
    quote: quoteOf(a, longest(a.sentences)),
    tip: `Clean delivery at ${formatMinutes(seconds)}; keep this pace for ${intent.asks}.`
  }
}
