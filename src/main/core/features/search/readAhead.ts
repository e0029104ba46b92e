import type { Win } from '../../../../shared/domain/win'
import type { Store } from '../../store/Store'
import { warmWinSearchText } from '../wins/winsService'
import { strengthRow } from '../impact/impactService'
import { warmHaystack } from '../interview/questionPage'
import { winEntry } from '../drafting/context/historyEntries'
import { warmEntryFacts } from '../drafting/context/selectContext'
import { promptSafeView } from '../drafting/context/promptSafeView'
import { phraseForms } from '../../base/english/phrases'

/**
 * What the first search, strengths list, interview search or draft after a start would build
 * for each of fifty thousand wins while the person waits (docs/performance.md, "Routes"): read
 * ahead in the background once the store is open, a few milliseconds at a time, yielding to the
 * event loop between slices so a request waits at most one slice. Every cache it fills is kept
 * per win object, so a request that comes first simply builds what is still missing itself, and
 * a win edited meanwhile is a new object that the next request builds (nothing can go stale).
 */
export const readAheadSteps: readonly ((win: Win) => void)[] = [
  warmWinSearchText,
  strengthRow,
  warmHaystack,
  (win) => warmEntryFacts(winEntry(win))
]

export interface ReadAhead {
  /** Settles when every win of the current list has been read (or the read-ahead was stopped). */
  readonly done: Promise<void>
  stop(): void
  /** A request arrived: the read-ahead steps aside until requests have been quiet for QUIET_MS. */
  defer(): void
}

/** Requests closer together than this (a screen's burst of calls, a draft being polled) keep the read-ahead waiting. */
const QUIET_MS = 100

/**
 * Reads every win of `store.data.wins` ahead, newest list first: when the list changes while it
 * runs (a save, an import, the sample folder), it moves on to the new list, where every unchanged
 * win is already read and costs a map look-up.
 */
export function readAheadInBackground(store: Pick<Store, 'data' | 'version'>, sliceMs = 4): ReadAhead {
  let stopped = false
  let lastRequest = -Infinity
  // The next slice, once requests have been quiet for a while: a request never queues behind
  // more than one slice, and a burst of them runs without the read-ahead in between.
  const nextTurn = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve))
    for (let wait = lastRequest + QUIET_MS - performance.now(); wait > 0 && !stopped; wait = lastRequest + QUIET_MS - performance.now())
      await new Promise<void>((resolve) => setTimeout(resolve, wait))
  }
  const run = async () => {
    await nextTurn()
    let list: readonly Win[] | null = null
    let at = 0
    let sliceStart = performance.now()
    while (!stopped) {
      const current = store.data.wins
      if (current !== list) {
        list = current
        at = 0
      }
      if (at >= list.length) break
      const win = list[at++]!
      for (const step of readAheadSteps) step(win)
      if (performance.now() - sliceStart >= sliceMs) {
        await nextTurn()
        sliceStart = performance.now()
      }
    }
    // Two pieces that do not split into slices, each one task (~50–90 ms at 50,000 wins), run
    // only once requests have been quiet: the grammar library's first use (its tagger is built
    // lazily; agendas, offers and interview questions all phrase with it) and the prompt-safe view
    // of the current store state, which the first agenda, preview or draft would build. A request
    // arriving during one waits for that task at most — what it would have paid itself.
    if (stopped) return
    await nextTurn()
    if (!stopped) phraseForms('Warm up the planning tool rollout')
    await nextTurn()
    if (!stopped) promptSafeView(store.data)
  }
  const done = run()
  return {
    done,
    stop() {
      stopped = true
    },
    defer() {
      lastRequest = performance.now()
    }
  }
}
