import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { DraftParams, DraftStatus } from '@shared/domain/drafting'
import type { DraftDoneEvent } from '@shared/domain/draftRun'
import { call, onEvent } from '../../../api/client'

export type RunState = 'idle' | 'starting' | DraftStatus

export interface DraftRun {
  state: RunState
  /** The text so far (streamed), or the final text once done. */
  text: string
  result: DraftDoneEvent | null
  /** A failure to start (validation, missing model…); run failures are in result.error. */
  startError: string | null
  start(kind: string, params: DraftParams): Promise<void>
  stop(): Promise<void>
  /** Run the last kind + params again. */
  regenerate(): Promise<void>
  reset(): void
}

const newRunId = () => crypto.randomUUID()

/**
 * One streaming draft run over the event bus (IPC or SSE). The client picks the run id before
 * starting, so no delta can arrive before we know it is ours. After Stop, nothing more is shown.
 */
export function useDraftRun(): DraftRun {
  const [state, setState] = useState<RunState>('idle')
  const [text, setText] = useState('')
  const [result, setResult] = useState<DraftDoneEvent | null>(null)
  const [startError, setStartError] = useState<string | null>(null)
  const runId = useRef<string | null>(null)
  const last = useRef<{ kind: string; params: DraftParams } | null>(null)
  const seq = useRef(0)

  useEffect(() => {
    const offDelta = onEvent('draft.delta', (d) => {
      if (d.runId !== runId.current || d.seq <= seq.current) return
      const first = seq.current === 0
      seq.current = d.seq
      const show = () => {
        setText((t) => t + d.text)
        setState('streaming')
      }
      // The first words are what a person waits for: paint them now rather than a scheduler
      // task later. The rest of the stream batches as usual.
      if (first) flushSync(show)
      else show()
    })
    const offDone = onEvent('draft.done', (r) => {
      if (r.runId !== runId.current) return
      runId.current = null
      setResult(r)
      setText(r.text)
      setState(r.status)
    })
    return () => {
      offDelta()
      offDone()
    }
  }, [])

  const start = useCallback(async (kind: string, params: DraftParams) => {
    const id = newRunId()
    last.current = { kind, params }
    runId.current = id
    seq.current = 0
    setText('')
    setResult(null)
    setStartError(null)
    setState('starting')
    try {
      // The state stays 'starting' until the first delta: local models can take a while to load.
      await call('drafts.start', { kind, params, runId: id })
    } catch (error) {
      runId.current = null
      setStartError((error as Error).message)
      setState('idle')
    }
  }, [])

  const stop = useCallback(async () => {
    const id = runId.current
    if (!id) return
    // Ignore anything still in flight for this run; the core answers with draft.done "cancelled".
    await call('drafts.stop', { runId: id })
  }, [])

  const regenerate = useCallback(async () => {
    if (last.current) await start(last.current.kind, last.current.params)
  }, [start])

  const reset = useCallback(() => {
    runId.current = null
    setText('')
    setResult(null)
    setStartError(null)
    setState('idle')
  }, [])

  return { state, text, result, startError, start, stop, regenerate, reset }
}
