import type { DraftEngine, EngineOutcome, EngineRun } from '../types'

/**
 * Offline and deterministic: the kind's own template over the user's entries. Emitted as a few
 * deltas (one per paragraph) so the UI treats every engine the same way.
 */
export const builtinEngine: DraftEngine = {
  id: 'builtin',
  model: 'built-in',
  host: null,
  async run(run: EngineRun): Promise<EngineOutcome> {
    const started = performance.now()
    const text = run.kind.builtin(run.input)
    // Structured kinds also hand over their typed output, from the same plan as the text.
    const plan = run.kind.structured?.plan
    const structured = plan ? plan.call(run.kind.structured, run.input) : undefined
    let firstTokenMs: number | null = null
    for (const part of text.split(/(?<=\n\n)/)) {
      if (run.signal.aborted) {
        return { status: 'cancelled', text: '', finishReason: null, error: null, firstTokenMs }
      }
      firstTokenMs ??= performance.now() - started
      run.onDelta(part)
    }
    return { status: 'complete', text, finishReason: 'stop', error: null, firstTokenMs, ...(plan ? { structured } : {}) }
  }
}
