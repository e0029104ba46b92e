import { afterAll, beforeAll } from 'vitest'
import { startFakeOpenAIServer, type FakeOpenAIServer, type FakeServerOptions } from '../../features/drafting/testing/fakeOpenAIServer'
import { startCoreHarness, type Harness } from './coreHarness'

export interface HarnessWithFakeModel {
  /** The real core on its fresh temp folder. */
  readonly h: Harness
  /** The OpenAI-compatible server a test points the engine at; it records every request a model would get. */
  readonly server: FakeOpenAIServer
}

/**
 * A real core and a fake model server for a test file: started once before its tests, closed
 * (temp folder removed) after them. Read `h` and `server` inside a test, not at import time:
 * they exist from beforeAll on, and reading them earlier says so instead of handing back undefined.
 */
export function useHarnessWithFakeModel(options: FakeServerOptions = { chunkDelayMs: 0 }): HarnessWithFakeModel {
  let harness: Harness | undefined
  let server: FakeOpenAIServer | undefined
  beforeAll(async () => {
    server = await startFakeOpenAIServer(options)
    harness = await startCoreHarness()
  })
  afterAll(async () => {
    await harness?.close()
    await server?.close()
  })
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is read before beforeAll started it`)
    return value
  }
  return {
    get h() {
      return started(harness, 'the core harness')
    },
    get server() {
      return started(server, 'the fake model server')
    }
  }
}
