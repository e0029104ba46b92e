import { spawnSync } from 'node:child_process'
import { startCoreHarness } from '../../src/main/core/app/testing/coreHarness'
import { startFakeOpenAIServer } from '../../src/main/core/features/drafting/testing/fakeOpenAIServer'
import type { RunConfig, Section } from './lib'

interface Fault {
  name: string
  model: string
  settings?: Record<string, unknown>
  status: string
  kind: string | null
  message: RegExp
  /** The partial text a person already saw must still be there. */
  keepsPartial?: boolean
}

const FAULTS: Fault[] = [
  { name: '401 bad key', model: 'fake-401', status: 'failed', kind: 'auth', message: /rejected the key \(401\)/ },
  { name: '403 forbidden', model: 'fake-403', status: 'failed', kind: 'forbidden', message: /refused access \(403\)/ },
  { name: '404 model not found', model: 'no-such-model', status: 'failed', kind: 'model_not_found', message: /was not found/ },
  { name: '429 rate limited (Retry-After)', model: 'fake-429', status: 'failed', kind: 'rate_limited', message: /Try again in 7 seconds/ },
  { name: '500 server error', model: 'fake-500', status: 'failed', kind: 'server', message: /internal error \(500\)/ },
  { name: 'stream without [DONE]', model: 'fake-nodone', status: 'incomplete', kind: null, message: /./, keepsPartial: true },
  { name: 'dropped socket', model: 'fake-drop', status: 'incomplete', kind: null, message: /partial text is kept/, keepsPartial: true },
  { name: 'finish_reason length', model: 'fake-length', status: 'truncated', kind: null, message: /./, keepsPartial: true },
  {
    name: 'first-token timeout',
    model: 'fake-slow-first',
    settings: { firstTokenTimeoutSec: 1, totalTimeoutSec: 60 },
    status: 'failed',
    kind: 'first_token_timeout',
    message: /first-token timeout/
  }
]

/**
 * The drafting failure matrix against a real OpenAI-protocol server on 127.0.0.1 with the real
 * `openai` client: each fault ends with the right status and an actionable message, and the
 * user's data is exactly as it was. (Malformed structured JSON is covered in engines.test.ts.)
 */
export async function llmFaults(_config: RunConfig): Promise<Section> {
  const failures: string[] = []
  const server = await startFakeOpenAIServer({ firstTokenDelayMs: 2500 })
  const h = await startCoreHarness()
  await h.call('wins.create', { date: '2026-02-10', title: 'Faster checkout', impact: 'Cut p95 checkout latency from 820 ms to 310 ms.' })
  const before = JSON.stringify(h.core.services.store.data.wins)
  let handled = 0
  for (const fault of [
    ...FAULTS,
    {
      name: 'connection refused',
      model: 'fake-model',
      status: 'failed',
      kind: 'connection_refused',
      message: /Is the server running at/
    } as Fault
  ]) {
    let baseUrl = server.baseUrl
    if (fault.kind === 'connection_refused') {
      const closed = await startFakeOpenAIServer()
      await closed.close()
      baseUrl = closed.baseUrl
    }
    await h.call('settings.update', {
      engine: 'compatible',
      compatibleBaseUrl: baseUrl,
      compatibleModel: fault.model,
      firstTokenTimeoutSec: 60,
      totalTimeoutSec: 300,
      ...fault.settings
    })
    const { runId } = await h.call<{ runId: string }>('drafts.start', { kind: 'summary', params: {} })
    const done = await h.done(runId, 20_000)
    const problems: string[] = []
    if (done.status !== fault.status) problems.push(`status ${done.status}, expected ${fault.status}`)
    if (fault.kind && done.error?.kind !== fault.kind) problems.push(`error kind ${done.error?.kind}, expected ${fault.kind}`)
    if (fault.status !== 'truncated' && fault.kind && !fault.message.test(done.error?.message ?? ''))
      problems.push(`message "${done.error?.message}"`)
    if (fault.keepsPartial && done.text.length === 0) problems.push('partial text lost')
    if (problems.length) failures.push(`${fault.name}: ${problems.join('; ')}`)
    else handled++
  }
  const after = JSON.stringify(h.core.services.store.data.wins)
  if (after !== before) failures.push('a provider failure changed the user’s data')
  await h.close()
  await server.close()
  return {
    name: 'llm',
    failures,
    figures: [
      {
        area: 'LLM faults',
        figure: 'faults → right status and actionable message',
        value: `${handled} / ${FAULTS.length + 1}`,
        ok: handled === FAULTS.length + 1
      },
      { area: 'LLM faults', figure: 'user data changed by a failure', value: after === before ? 0 : 1, ok: after === before }
    ]
  }
}

/**
 * The API-key sentinel: a key `sk-test-SENTINEL-…` is set, every route and event is exercised,
 * and the key must appear nowhere outside the main process (responses, events, store, backups,
 * logs, exports). Runs the same test the unit suite has, so the figure is never a copy.
 */
export async function apiKeySentinel(config: RunConfig): Promise<Section> {
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'src/main/core/app/sentinel.test.ts'], {
    cwd: config.repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  })
  // eslint-disable-next-line no-control-regex -- strip terminal colours before reading the summary
  const plain = result.stdout.replace(/\u001b\[[0-9;]*m/g, '')
  const passed = /Tests\s+(\d+) passed/.exec(plain)?.[1]
  const ok = result.status === 0 && passed !== undefined
  return {
    name: 'sentinel',
    failures: ok ? [] : [`the API-key sentinel test failed:\n${plain.slice(-2000)}`],
    figures: [
      {
        area: 'security',
        figure: 'API-key sentinel outside main (routes, events, files, exports)',
        value: ok ? 'not found' : 'FOUND or failed',
        ok
      }
    ]
  }
}
