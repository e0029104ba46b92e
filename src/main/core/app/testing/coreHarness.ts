import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppEventEnvelope } from '../../../../shared/api/events'
import type { DraftDoneEvent } from '../../../../shared/domain/draftRun'
import { createCore, type Core } from '../createCore'
import type { SecretStore } from '../../base/secrets/SecretStore'

export interface Harness {
  core: Core
  dataDir: string
  events: AppEventEnvelope[]
  /** Call a route and return data, throwing with the error message otherwise. */
  call<T = unknown>(route: string, input?: unknown): Promise<T>
  /** Resolve with the draft.done of a run. */
  done(runId: string, timeoutMs?: number): Promise<DraftDoneEvent>
  deltas(runId: string): string[]
  close(): Promise<void>
}

/** A real core on a fresh temp folder, recording every event — for tests and benchmarks. */
export async function startCoreHarness(options: { secrets?: SecretStore } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loopwise-draft-'))
  const core = await createCore({ dataDir, mode: 'browser', version: 'test', lockFolder: false, secrets: options.secrets })
  const events: AppEventEnvelope[] = []
  const waiters = new Set<() => void>()
  core.events.subscribe((e) => {
    events.push(e)
    for (const w of waiters) w()
  })
  const findDone = (runId: string) =>
    events.find((e) => e.event === 'draft.done' && e.payload.runId === runId)?.payload as DraftDoneEvent | undefined
  return {
    core,
    dataDir,
    events,
    async call(route, input = {}) {
      const result = await core.dispatch(route, input)
      if (!result.ok) throw new Error(`${route}: ${result.error.code} ${result.error.message}`)
      return result.data as never
    },
    done(runId, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = findDone(runId)
          if (found) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(found)
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`run ${runId} did not finish`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    deltas: (runId) => events.flatMap((e) => (e.event === 'draft.delta' && e.payload.runId === runId ? [e.payload.text] : [])),
    async close() {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
