import { describe, expect, it } from 'vitest'
import { phraseForms, theTimeYou } from './phrases'
import { ALL_BLOCKERS, ALL_COMMITMENTS, ALL_GOALS, ALL_WINS, FROM_FIXTURES, WRITTEN } from './testing/phrasings'

/**
 * Every template slot × every phrasing in the fixtures and 50+ written ones. The detectors
 * are the mistakes a reader notices: a bare verb after a preposition ("for get", "on move",
 * "ready for get"), "the time you promoted", a verb that is not past after "the time you",
 * double -ing, stray punctuation.
 */

const TEMPLATES = {
  goal: [
    (g: string) => `What would the next proof point be for ${phraseForms(g).gerund}?`,
    (g: string) => `Last quarter you were focused on ${phraseForms(g).gerund}.`,
    (g: string) => `It would show I am ready ${phraseForms(g).purpose}.`,
    (g: string) => `How is ${phraseForms(g).gerund} going?`,
    (g: string) => `I could help by ${phraseForms(g).doing}.`
  ],
  blocker: [
    (b: string) => `Any progress on ${phraseForms(b).gerund}?`,
    (b: string) => `I could take ${phraseForms(b).doing} off your plate.`,
    (b: string) => `Last time ${phraseForms(b).past}.`
  ],
  commitment: [(c: string) => `I committed to ${phraseForms(c).infinitive}.`, (c: string) => `I helped by ${phraseForms(c).doing}.`],
  win: [(w: string) => `Tell me about ${theTimeYou(w)}.`, (w: string) => `Since ${phraseForms(w).gerund}, what changed?`]
}

/** Base forms of every verb that starts a phrasing: after a preposition they are the "for get" bug. */
const BASE_VERBS = new Set(
  [...ALL_GOALS, ...ALL_BLOCKERS, ...ALL_COMMITMENTS, ...ALL_WINS]
    .map(phraseForms)
    .filter((f) => f.shape === 'verb')
    .map((f) => f.infinitive.split(' ')[0]!.toLowerCase())
    .concat(['get', 'move', 'lead', 'promote', 'be'])
)
const PAST_FORMS = new Set(
  [...ALL_GOALS, ...ALL_BLOCKERS, ...ALL_COMMITMENTS, ...ALL_WINS]
    .map(phraseForms)
    .filter((f) => f.shape === 'verb')
    .map((f) => f.past.split(' ')[0]!.toLowerCase())
    .concat(['were', 'was', 'worked'])
)

function problems(sentence: string): string[] {
  const out: string[] = []
  for (const m of sentence.matchAll(/\b(for|on|about|by|with|of|at|from|ready for)\s+(\w+)/gi)) {
    const word = m[2]!.toLowerCase()
    // "worked on the…", "on getting…" are fine; a bare base verb is not (unless it is also the past: "cut", "set").
    if (BASE_VERBS.has(word) && !PAST_FORMS.has(word)) out.push(`bare verb after "${m[1]}": ${m[0]}`)
  }
  const time = /the time you (\w+)/i.exec(sentence)
  if (time && !PAST_FORMS.has(time[1]!.toLowerCase())) out.push(`not a past verb after "the time you": ${time[0]}`)
  // "you promoted to Group PM", "you hired as the first PM": something done to you, written as if you did it.
  if (/the time you (?:promoted|named|appointed|awarded|elected|promotion|(?:hired|selected|chosen|asked) (?:to|as)\b)/i.test(sentence))
    out.push(`passive read as active: ${sentence}`)
  if (/\b\w+inging\b|\bbeing (?:being|rising|falling)\b/i.test(sentence)) out.push(`broken gerund: ${sentence}`)
  if (/\s[.,?]|\.\.|\s{2,}|\?\.|\.\?/.test(sentence)) out.push(`stray punctuation: ${sentence}`)
  if (/\b(?:to|for|on) (?:to|for)\b/i.test(sentence)) out.push(`doubled preposition: ${sentence}`)
  // A question pasted into a sentence: "Any progress on how do we…?", "why being customers churning".
  if (
    /\?./.test(sentence) ||
    /\b(?:on|for|by|with|about|of|behind) (?:the )?(?:how|why|what|whether|who) (?:do|does|did|being|should|are|is)\b/i.test(sentence)
  )
    out.push(`question pasted in: ${sentence}`)
  // "working on no time to…", "progress on no owner…": "no" read as a determiner of the topic.
  if (/\b(?:on|with|for|by|about) no\b/i.test(sentence)) out.push(`"no" after a preposition: ${sentence}`)
  return out
}

describe('phrase forms read as English in every template', () => {
  const cases: [string, string[], ((p: string) => string)[]][] = [
    ['goals', ALL_GOALS, TEMPLATES.goal],
    ['blockers', ALL_BLOCKERS, TEMPLATES.blocker],
    ['commitments', ALL_COMMITMENTS, TEMPLATES.commitment],
    ['win titles', ALL_WINS, TEMPLATES.win]
  ]
  for (const [name, phrasings, templates] of cases) {
    it(`${name}: ${phrasings.length} phrasings × ${templates.length} templates`, () => {
      const found = phrasings.flatMap((p) => templates.flatMap((t) => problems(t(p)).map((x) => `${p} → ${x}`)))
      expect(found).toEqual([])
    })
  }

  it('covers the fixtures and at least 50 phrasings written in people’s styles', () => {
    const written = Object.values(WRITTEN).flat()
    expect(written.length).toBeGreaterThanOrEqual(50)
    expect(Object.values(FROM_FIXTURES).flat().length).toBeGreaterThanOrEqual(30)
  })

  it('the detectors catch the mistakes they are for', () => {
    expect(problems('What would the next proof point be for get promoted to Staff Engineer?')).not.toEqual([])
    expect(problems('you were focused on move upmarket.')).not.toEqual([])
    expect(problems('shows I am ready for get promoted to Group PM.')).not.toEqual([])
    expect(problems('Tell me about the time you promoted to Group PM.')).not.toEqual([])
    expect(problems('Any progress on how do we get enterprise deals to close faster??')).not.toEqual([])
    expect(problems('I could help by working on no time to write the strategy doc.')).not.toEqual([])
  })
})

describe('phrase forms, by example', () => {
  it.each([
    [
      'get promoted to Staff Engineer',
      'getting promoted to Staff Engineer',
      'got promoted to Staff Engineer',
      'to get promoted to Staff Engineer'
    ],
    ['move upmarket', 'moving upmarket', 'moved upmarket', 'to move upmarket'],
    ['lead the rollout of X', 'leading the rollout of X', 'led the rollout of X', 'to lead the rollout of X'],
    ['Promoted to Group PM', 'getting promoted to Group PM', 'were promoted to Group PM', 'to get promoted to Group PM'],
    ['Promotion to Group PM', 'getting promoted to Group PM', 'were promoted to Group PM', 'for promotion to Group PM'],
    [
      'Saved $1.2M in annual cloud spend.',
      'saving $1.2M in annual cloud spend',
      'saved $1.2M in annual cloud spend',
      'to save $1.2M in annual cloud spend'
    ],
    [
      'Nobody owns the planning-tool rollout',
      'nobody owning the planning-tool rollout',
      'nobody owned the planning-tool rollout',
      'for nobody owning the planning-tool rollout'
    ],
    ['hiring is slow', 'hiring being slow', 'hiring was slow', 'for hiring being slow'],
    ['Billing migration', 'billing migration', 'worked on the billing migration', 'for billing migration'],
    [
      'I will draft v1 of the strategy doc.',
      'drafting v1 of the strategy doc',
      'drafted v1 of the strategy doc',
      'to draft v1 of the strategy doc'
    ],
    [
      'Named tech lead for payments',
      'getting named tech lead for payments',
      'were named tech lead for payments',
      'to get named tech lead for payments'
    ],
    ['Hired 4 engineers', 'hiring 4 engineers', 'hired 4 engineers', 'to hire 4 engineers'],
    ['Mentored a new APM', 'mentoring a new APM', 'mentored a new APM', 'to mentor a new APM'],
    // Blockers people type as a clause, a "no …" noun phrase, or a question.
    [
      'the release train keeps slipping because QA is manual',
      'the release train slipping because QA is manual',
      'the release train kept slipping because QA is manual',
      'for the release train slipping because QA is manual'
    ],
    [
      'Deals stall in legal review',
      'deals stalling in legal review',
      'deals stalled in legal review',
      'for deals stalling in legal review'
    ],
    [
      'No time to write the strategy doc',
      'the lack of time to write the strategy doc',
      'worked on the lack of time to write the strategy doc',
      'for the lack of time to write the strategy doc'
    ],
    [
      'No owner for the design system',
      'the lack of an owner for the design system',
      'worked on the lack of an owner for the design system',
      'for the lack of an owner for the design system'
    ],
    [
      'How do we get enterprise deals to close faster?',
      'how we get enterprise deals to close faster',
      'worked out how we get enterprise deals to close faster',
      'to work out how we get enterprise deals to close faster'
    ],
    [
      'Why are customers churning?',
      'why customers are churning',
      'worked out why customers are churning',
      'to work out why customers are churning'
    ],
    [
      'Should we build or buy the analytics stack?',
      'whether we should build or buy the analytics stack',
      'worked out whether we should build or buy the analytics stack',
      'to work out whether we should build or buy the analytics stack'
    ],
    [
      'What should our pricing be?',
      'what our pricing should be',
      'worked out what our pricing should be',
      'to work out what our pricing should be'
    ],
    [
      'Who owns the design system?',
      'who owns the design system',
      'worked out who owns the design system',
      'to work out who owns the design system'
    ]
  ])('%s', (phrase, gerund, past, purpose) => {
    const f = phraseForms(phrase)
    expect([f.gerund, f.past, f.purpose]).toEqual([gerund, past, purpose])
  })

  it('"the time you" reads as a question an interviewer would ask', () => {
    expect(theTimeYou('lead the rollout of X')).toBe('the time you led the rollout of X')
    expect(theTimeYou('Promoted to Group PM')).toBe('the time you were promoted to Group PM')
    expect(theTimeYou('Saved $1.2M in annual cloud spend')).toBe('the time you saved $1.2M in annual cloud spend')
  })
})
