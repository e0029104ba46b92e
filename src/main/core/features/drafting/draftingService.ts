import { randomUUID } from 'node:crypto'
import type { ContextEntry } from '../../../../shared/domain/contextEntry'
import type { DraftParams, DraftSource, NumberFlag } from '../../../../shared/domain/drafting'
import type { DraftDoneEvent, DraftPreview } from '../../../../shared/domain/draftRun'
import { selectContext } from './context/selectContext'
import { viewEntries } from './context/historyEntries'
import type { PromptSafeView } from './context/promptSafeView'
import { AppError } from '../../base/errors'
import type { EventBus } from '../../base/events'
import type { Logger } from '../../base/logger'
import { stripSecrets } from './engines/providerErrors'
import type { DraftingSettingsService } from './settingsService'
import type { DraftKindRegistry } from './kinds/registry'
import { checkDraft, type UserInput } from './claimsGuard'
import { countMessageTokens } from './tokens'
import type { DraftEngine, DraftInput } from './types'

export interface DraftingDeps {
  settings: DraftingSettingsService
  events: EventBus
  logger: Logger
  kinds: DraftKindRegistry
  /** Everything drafting may read (context/promptSafeView.ts): the only way the store reaches a prompt. */
  view: () => PromptSafeView
  now?: () => Date
}

type Prepared = ReturnType<DraftingService['prepare']>

interface ActiveRun {
  controller: AbortController
  done: boolean
  text: string
  seq: number
  engine: DraftEngine
  prepared: Prepared
  started: number
  firstTokenMs: number | null
}

const toSource = (e: ContextEntry): DraftSource => ({ id: e.id, kind: e.kind, title: e.title, date: e.undated ? 'Undated' : e.date })

/** What the user typed for a draft and may see again in it: the period's ends and the meeting day. */
const userInputOf = (params: DraftParams, computed: string[] = []): UserInput => ({
  dates: [params.from, params.to, params.loop?.meetingDate],
  texts: [params.focus],
  computed
})

/** Flags, cited and unused sources, and derived amounts for a run's text (docs/drafting.md, the trust guard). */
function trustFields(text: string, p: Prepared) {
  const given = p.selection.entries
  const check = checkDraft(text, given, userInputOf(p.input.params, p.kind.computed?.(p.input)), p.input.now)
  const cited = new Set(check.cited)
  return {
    sources: given.map(toSource),
    citedSourceIds: check.cited,
    unusedSourceIds: given.filter((e) => !cited.has(e.id)).map((e) => e.id),
    flags: check.flags,
    derived: check.derived,
    suggestions: check.suggestions
  }
}
const MAX_RESULTS = 50

/** Runs drafts: chooses context, builds the prompt, streams through an engine, guards the result. */
export class DraftingService {
  private readonly runs = new Map<string, ActiveRun>()
  private readonly results = new Map<string, DraftDoneEvent>()
  /** Each kept result's params, to check an edited text against what the user chose. */
  private readonly params = new Map<string, { params: DraftParams; computed: string[] }>()

  constructor(private readonly deps: DraftingDeps) {}

  kinds() {
    return this.deps.kinds.list().map((k) => ({ id: k.id, label: k.label, description: k.description, structured: Boolean(k.structured) }))
  }

  // The entries array is cached per view (unchanged data, same array), and so is everything keyed on it (the numbers index).
  private entries(view: PromptSafeView = this.deps.view()): readonly ContextEntry[] {
    return viewEntries(view)
  }

  private prepare(kindId: string, params: DraftParams) {
    const kind = this.deps.kinds.get(kindId)
    const now = this.deps.now?.() ?? new Date()
    const view = this.deps.view()
    const all = this.entries(view)
    const selection = selectContext(all, { ...kind.criteria(params), now }, this.deps.settings.settings.contextTokenBudget)
    const input: DraftInput = { params, entries: selection.entries, rendered: selection.rendered, view, now }
    const messages = kind.messages(input)
    // Counted when first read (the preview, the finished result), not before a run's request
    // goes out: tokenizing the prompt was the largest part of drafts.start's time to the model.
    let promptTokens: number | undefined
    return {
      kind,
      input,
      messages,
      selection,
      all,
      get promptTokens() {
        return (promptTokens ??= countMessageTokens(messages))
      }
    }
  }

  preview(kindId: string, params: DraftParams): DraftPreview {
    const engine = this.deps.settings.engine(false)
    const p = this.prepare(kindId, params)
    return {
      kind: kindId,
      engine: engine.id,
      model: engine.model,
      host: engine.host,
      messages: p.messages,
      sources: p.selection.entries.map(toSource),
      promptTokens: p.promptTokens,
      contextTokens: p.selection.tokens,
      budget: p.selection.budget,
      consideredEntries: p.selection.considered,
      usedEntries: p.selection.entries.length
    }
  }

  /**
   * Flags for a text: against a recent run's sources when its id is given (an edited draft),
   * else against every entry drafting may read (slow on a very large history).
   */
  checkNumbers(text: string, runId?: string): NumberFlag[] {
    const run = runId ? this.results.get(runId) : undefined
    if (runId && !run) throw new AppError('NOT_FOUND', 'That draft run is no longer kept; draft again to check against its sources.')
    const all = this.entries()
    const sources = run ? run.sources.map((s) => all.find((e) => e.id === s.id)).filter((e): e is ContextEntry => !!e) : all
    const kept = this.params.get(runId ?? '')
    return checkDraft(text, sources, kept ? userInputOf(kept.params, kept.computed) : {}, this.deps.now?.()).flags
  }

  start(kindId: string, params: DraftParams, runId: string = randomUUID()) {
    if (this.runs.has(runId) || this.results.has(runId)) throw new AppError('CONFLICT', 'That run id is already in use.')
    const engine = this.deps.settings.engine()
    const prepared = this.prepare(kindId, params)
    const run: ActiveRun = {
      controller: new AbortController(),
      done: false,
      text: '',
      seq: 0,
      engine,
      prepared,
      started: performance.now(),
      firstTokenMs: null
    }
    this.runs.set(runId, run)
    this.execute(runId, run).catch((error: unknown) => {
      // A bug in a kind's template or an engine must still end the run visibly, never crash main.
      this.deps.logger.error('draft run threw', { runId, kind: kindId, name: (error as Error)?.name })
      if (!run.done) {
        this.finish(runId, run, {
          status: 'failed',
          text: run.text,
          finishReason: null,
          error: {
            kind: 'other',
            message: 'Loopwise hit an internal error while drafting. Nothing was lost; please try again or report it.'
          },
          firstTokenMs: run.firstTokenMs,
          totalMs: performance.now() - run.started
        })
      }
    })
    return { runId, engine: engine.id, model: engine.model }
  }

  private async execute(runId: string, run: ActiveRun) {
    const { engine, prepared: p, started } = run
    const s = this.deps.settings.settings
    const outcome = await engine.run({
      kind: p.kind,
      input: p.input,
      messages: p.messages,
      temperature: s.temperature,
      signal: run.controller.signal,
      firstTokenTimeoutMs: s.firstTokenTimeoutSec * 1000,
      totalTimeoutMs: s.totalTimeoutSec * 1000,
      onDelta: (text) => {
        // After Stop nothing more reaches the UI, even if the socket still had bytes in flight.
        if (run.done || run.controller.signal.aborted) return
        run.firstTokenMs ??= performance.now() - started
        run.text += text
        this.deps.events.emit('draft.delta', { runId, seq: ++run.seq, text })
      }
    })
    if (run.done) return // Stop already reported it.
    let text = run.text
    const status = outcome.status
    let error = outcome.error
    let structured: unknown
    if (p.kind.structured && status === 'complete') {
      // The run's deltas were progress; the finished text is the rendered output or the raw reply.
      text = outcome.text
      if (outcome.structured !== undefined) structured = outcome.structured
      else
        error = {
          kind: 'malformed_json',
          message: `The model’s answer did not match the structure this draft needs (${outcome.structuredProblem ?? 'no structured output'}), so it is shown as plain text and the lists beside it keep the built-in plan. Regenerate, or use the built-in engine.`
        }
    }
    this.finish(runId, run, {
      status,
      text,
      finishReason: outcome.finishReason,
      error,
      structured,
      firstTokenMs: outcome.firstTokenMs,
      totalMs: performance.now() - started,
      httpStatus: outcome.httpStatus
    })
  }

  private finish(
    runId: string,
    run: ActiveRun,
    r: Pick<DraftDoneEvent, 'status' | 'text' | 'finishReason' | 'error'> & {
      structured?: unknown
      firstTokenMs: number | null
      totalMs: number
      httpStatus?: number
    }
  ) {
    const { engine, prepared: p } = run
    run.done = true
    this.runs.delete(runId)
    const result: DraftDoneEvent = {
      runId,
      kind: p.kind.id,
      status: r.status,
      text: r.text,
      finishReason: r.finishReason,
      error: r.error ? { ...r.error, message: stripSecrets(r.error.message) } : null,
      engine: engine.id,
      model: engine.model,
      ...trustFields(r.text, p),
      ...(r.structured !== undefined ? { structured: r.structured } : {}),
      timings: { firstTokenMs: r.firstTokenMs === null ? null : Math.round(r.firstTokenMs), totalMs: Math.round(r.totalMs) },
      promptTokens: p.promptTokens
    }
    this.results.set(runId, result)
    this.params.set(runId, { params: p.input.params, computed: p.kind.computed?.(p.input) ?? [] })
    if (this.results.size > MAX_RESULTS) {
      const oldest = this.results.keys().next().value!
      this.results.delete(oldest)
      this.params.delete(oldest)
    }
    // Metadata only: no prompt, no draft text, no key.
    this.deps.logger.info('draft run', {
      runId,
      kind: p.kind.id,
      engine: engine.id,
      host: engine.host,
      model: engine.model,
      status: result.status,
      finishReason: result.finishReason,
      errorKind: result.error?.kind,
      httpStatus: r.httpStatus,
      firstTokenMs: result.timings.firstTokenMs,
      totalMs: result.timings.totalMs,
      promptTokens: p.promptTokens,
      entries: p.selection.entries.length,
      chars: result.text.length,
      flags: result.flags.length
    })
    this.deps.events.emit('draft.done', result)
  }

  /** Stop at once: the partial text is kept and labelled cancelled; no delta follows. */
  stop(runId: string): { stopped: boolean } {
    const run = this.runs.get(runId)
    if (!run || run.done) return { stopped: false }
    run.controller.abort()
    this.finish(runId, run, {
      status: 'cancelled',
      text: run.text,
      finishReason: null,
      error: null,
      firstTokenMs: run.firstTokenMs,
      totalMs: performance.now() - run.started
    })
    return { stopped: true }
  }

  result(runId: string): DraftDoneEvent | null {
    return this.results.get(runId) ?? null
  }

  /** Abort every run (on quit). */
  stopAll() {
    for (const id of [...this.runs.keys()]) this.stop(id)
  }
}
