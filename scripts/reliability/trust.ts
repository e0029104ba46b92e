import type { DraftDoneEvent } from '../../src/shared/domain/draftRun'
import { startCoreHarness, type Harness } from '../../src/main/core/app/testing/coreHarness'
import { startFakeOpenAIServer } from '../../src/main/core/features/drafting/testing/fakeOpenAIServer'
import { runLeakScenarios } from '../../src/main/core/features/drafting/context/testing/privateLeakScenarios'
import { TRUST_CORPUS, TRUST_SOURCES, type TrustCase } from '../../src/main/core/features/drafting/testing/trustCorpus'
import { random, type RunConfig, type Section } from './lib'

/**
 * The trust guard through the real routes (issue #13): the corpus's wins are created with
 * `wins.create`, each case is the reply of a fake OpenAI-compatible server on 127.0.0.1, run
 * with `drafts.start`, and the `draft.done` flags are read back. Also: the built-in drafts over
 * the same history ship no flag, and the prompts the server logged never ask for amounts in words.
 */
export async function trustGuard(config: RunConfig): Promise<Section> {
  const failures: string[] = []
  const server = await startFakeOpenAIServer({ chunkDelayMs: 0 })
  const h = await startCoreHarness()
  try {
    for (const s of TRUST_SOURCES) {
      await h.call('wins.create', {
        date: s.date,
        title: s.title,
        impact: s.text.replace(/^Impact:\s*/, ''),
        metrics: s.metrics ?? []
      })
    }
    // The built-in summary over this history: labels for the corpus's S1…S6, and no flag of its own.
    await h.call('settings.update', { engine: 'builtin' })
    const builtin = await run(h, 'summary')
    const labelOf = new Map<string, string>()
    builtin.sources.forEach((s, i) => {
      const src = TRUST_SOURCES.findIndex((t) => t.title === s.title)
      if (src >= 0) labelOf.set(`S${src + 1}`, `S${i + 1}`)
    })
    if (labelOf.size !== TRUST_SOURCES.length) failures.push(`the summary was given ${labelOf.size} of the ${TRUST_SOURCES.length} wins`)
    if (builtin.flags.length) failures.push(`built-in summary flagged: ${builtin.flags.map((f) => f.reason).join('; ')}`)

    await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
    const cases = pick(TRUST_CORPUS, config)
    const tally = { invented: [0, 0], honest: [0, 0], badCitations: [0, 0], goodCitations: [0, 0] }
    for (const c of cases) {
      // The corpus's labels name TRUST_SOURCES; the run labels them in its own order.
      const text = c.text.replace(/S(\d+)/g, (m) => labelOf.get(m) ?? m)
      server.options.text = text
      const done = await run(h, 'summary')
      const bucket = c.id.startsWith('citation/')
        ? tally.badCitations
        : c.id.startsWith('citation-ok/')
          ? tally.goodCitations
          : c.clean
            ? tally.honest
            : tally.invented
      bucket[0]!++
      const ok = c.clean ? done.flags.length === 0 : c.flagged.every((needle) => overlaps(done.text, relabel(needle, labelOf), done))
      if (ok) bucket[1]!++
      else failures.push(`${c.id}: “${text}” → ${done.flags.map((f) => `${f.text} (${f.reason})`).join('; ') || 'no flag'}`)
    }

    // What the model is asked: no amounts in words, and every plan timing and effort labelled.
    const dana = await h.call<{ id: string }>('people.create', { name: 'Dana Okafor', role: 'manager', title: 'CPO' })
    await h.call('checkIns.create', {
      checkIn: {
        personId: dana.id,
        date: '2026-01-12',
        theirGoals: ['Refresh the product strategy'],
        theirBlockers: ['No time to write the strategy doc']
      }
    })
    server.options.text = 'Agenda.'
    for (const kind of ['agenda', 'offers']) await run(h, kind, { personId: dana.id, loop: {} })
    const prompts = server.requests.slice(-2).map((r) => JSON.stringify(r.body))
    const inWords = prompts.filter((p) => /durations in words/i.test(p)).length
    const unlabelled = prompts.flatMap((p) =>
      [...p.matchAll(/## [^\\]*? · about [a-z]+ (?:minutes?|hours?)\b(?! \(suggested\))/g)].map((m) => m[0])
    )
    const effortsUnlabelled = prompts.flatMap((p) => [...p.matchAll(/Effort:\*\*|Effort: /g)].map((m) => m[0]))
    if (inWords) failures.push('a prompt still asks for durations in words')
    if (unlabelled.length) failures.push(`plan timings without a label: ${unlabelled.join(' | ')}`)
    if (effortsUnlabelled.length) failures.push(`efforts without “estimate — yours to set”: ${effortsUnlabelled.length}`)
    await h.call('settings.update', { engine: 'builtin' })
    const builtinFlags: string[] = []
    for (const kind of ['agenda', 'offers']) {
      const done = await run(h, kind, { personId: dana.id, loop: {} })
      builtinFlags.push(...done.flags.map((f) => `${kind}: ${f.text} (${f.reason})`))
    }
    if (builtinFlags.length) failures.push(`built-in loop drafts flagged: ${builtinFlags.join('; ')}`)

    // Private words (item 6): each scenario on its own person, read back from context.entries,
    // drafts.preview and the request bodies the fake server logged.
    const leaks = await runLeakScenarios(h, server)
    failures.push(...leaks.problems)

    const row = (figure: string, [tried, good]: number[], ok = tried === good) => ({
      area: 'trust',
      figure,
      value: `${good} / ${tried}`,
      ok
    })
    return {
      name: 'trust',
      failures,
      figures: [
        row('invented or mismatched quantities flagged (fake LLM, drafts.start)', tally.invented),
        row('honest and derived quantities accepted', tally.honest),
        row('invented citations flagged', tally.badCitations),
        row('real citations verified (not flagged)', tally.goodCitations),
        {
          area: 'trust',
          figure: 'built-in summary, agenda, offers: flags',
          value: builtin.flags.length + builtinFlags.length,
          ok: !builtin.flags.length && !builtinFlags.length
        },
        {
          area: 'trust',
          figure: 'prompts asking for amounts in words / unlabelled plan amounts',
          value: `${inWords} / ${unlabelled.length + effortsUnlabelled.length}`,
          ok: !inWords && !unlabelled.length && !effortsUnlabelled.length
        },
        {
          area: 'trust',
          figure: 'private-leak scenarios tried / leaked (context.entries, drafts.preview, fake LLM requests)',
          value: `${leaks.tried} / ${leaks.leaked}`,
          ok: leaks.tried > 0 && leaks.leaked === 0 && !leaks.problems.length
        }
      ]
    }
  } finally {
    await h.close()
    await server.close()
  }
}

const overlaps = (text: string, needle: string, done: DraftDoneEvent) => {
  const at = text.indexOf(needle)
  return at >= 0 && done.flags.some((f) => f.start < at + needle.length && f.end > at)
}
const relabel = (needle: string, labels: Map<string, string>) => needle.replace(/S(\d+)/g, (m) => labels.get(m) ?? m)

async function run(h: Harness, kind: string, params: object = {}): Promise<DraftDoneEvent> {
  const { runId } = await h.call<{ runId: string }>('drafts.start', { kind, params })
  return h.done(runId, 20_000)
}

/** The short run checks a seeded sample of each group; the full run every case. */
function pick(cases: TrustCase[], config: RunConfig): TrustCase[] {
  if (!config.short) return cases
  const rand = random(config.seed)
  const groups = new Map<string, TrustCase[]>()
  for (const c of cases) {
    const g = c.id.split('/')[0]!
    groups.set(g, [...(groups.get(g) ?? []), c])
  }
  return [...groups.values()].flatMap((g) => [...g].sort(() => rand() - 0.5).slice(0, 8))
}
