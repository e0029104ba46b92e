import { existsSync, readFileSync, statSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import fc from 'fast-check'
import { contract } from '../../src/shared/api/contract'
import type { Result } from '../../src/shared/api/result'
import { createCore, type Core } from '../../src/main/core/app/createCore'
import { JOURNAL_FILE_NAME, STORE_FILE_NAME } from '../../src/main/core/store/Store'
import { startWebServer, type RunningWebServer } from '../../src/main/web/httpServer'
import { hostileValue, shapedLike, twisted } from './hostileValues'
import { quietLogger, newDataDir, type RunConfig, type Section } from './lib'

/** Answers a route may give to bad or unlucky input; anything else (INTERNAL, STORAGE, a throw) is a crash. */
const DOMAIN_REFUSALS = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE', 'PROVIDER', 'CANCELLED'])
const CALL_TIMEOUT_MS = 15_000

/** Every string `id` anywhere in the store: the pool payloads draw real ids from. */
function idsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6 || !value || typeof value !== 'object') return out
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, out, depth + 1))
  else {
    const id = (value as { id?: unknown }).id
    if (typeof id === 'string') out.push(id)
    for (const v of Object.values(value)) idsIn(v, out, depth + 1)
  }
  return out
}

class Harness {
  core!: Core
  dir = ''
  file = ''
  ids: string[] = []
  async fresh() {
    if (this.core) await this.core.close()
    this.dir = newDataDir('fuzz')
    this.file = join(this.dir, STORE_FILE_NAME)
    this.core = await createCore({ dataDir: this.dir, mode: 'browser', version: 'reliability', logger: quietLogger })
    for (const title of ['Seeded one', 'Seeded two', 'Seeded three']) {
      await this.core.dispatch('wins.create', { date: '2026-02-01', title, tags: ['seed'] })
    }
    this.refreshIds()
  }
  /**
   * Fold the journal now, so no idle compaction (2 s after the last save) can rewrite the
   * files during the next call: the bytes then change only if that call writes.
   */
  async settle() {
    await this.core.store.flush()
  }
  /** Snapshot and change journal together: a refusal must change neither. */
  onDisk(): Buffer {
    const journal = join(this.dir, JOURNAL_FILE_NAME)
    return Buffer.concat([
      readFileSync(this.file),
      Buffer.from('\n--journal--\n'),
      existsSync(journal) ? readFileSync(journal) : Buffer.alloc(0)
    ])
  }
  refreshIds() {
    this.ids = [...new Set(idsIn(this.core.store.data))]
  }
  /** Keep runs fast: start over once accepted payloads have grown the file past 1 MB. */
  async keepSmall() {
    const journal = join(this.dir, JOURNAL_FILE_NAME)
    const size = statSync(this.file).size + (existsSync(journal) ? statSync(journal).size : 0)
    if (size > 1024 * 1024) await this.fresh()
  }
}

async function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS)
  })
  try {
    return await Promise.race([p, late])
  } finally {
    clearTimeout(timer)
  }
}

const preview = (v: unknown) => {
  try {
    return (JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v)).slice(0, 160)
  } catch {
    // Too deep to print (a hostile value on purpose): describe it instead.
    try {
      return String(v).slice(0, 160)
    } catch {
      return `[unprintable ${Array.isArray(v) ? 'array' : typeof v}]`
    }
  }
}

export async function hostileInput(config: RunConfig): Promise<Section> {
  const runsPerRoute = config.short ? 150 : 1500
  const httpRunsPerRoute = config.short ? 20 : 200
  const routes = Object.keys(contract) as Array<keyof typeof contract & string>
  const h = new Harness()
  await h.fresh()
  const failures: string[] = []
  const codes = new Map<string, number>()
  let tried = 0
  let crashes = 0
  let changedOnRejection = 0

  for (const route of routes) {
    const schema = contract[route].input
    const payload = fc.oneof(
      { arbitrary: shapedLike(schema, () => h.ids), weight: 4 },
      { arbitrary: twisted(schema, () => h.ids), weight: 3 },
      { arbitrary: hostileValue, weight: 2 }
    )
    const details = await fc.check(
      fc.asyncProperty(payload, async (input) => {
        await h.keepSmall()
        tried++
        await h.settle()
        const before = h.onDisk()
        const memoryBefore = JSON.stringify(h.core.store.data)
        let result: Result<unknown>
        try {
          result = await withTimeout(h.core.dispatch(route, input), route)
        } catch (error) {
          crashes++
          throw new Error(`dispatch threw: ${(error as Error).message}`, { cause: error })
        }
        if ((Object.prototype as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype polluted')
        if (result.ok) {
          h.refreshIds()
          return
        }
        codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
        if (!DOMAIN_REFUSALS.has(result.error.code)) {
          crashes++
          throw new Error(`${result.error.code}: ${result.error.message}`)
        }
        if (typeof result.error.message !== 'string' || result.error.message.length > 2000) {
          throw new Error('the error message is missing or echoes the input at length')
        }
        if (!h.onDisk().equals(before) || JSON.stringify(h.core.store.data) !== memoryBefore) {
          changedOnRejection++
          throw new Error(`the store changed although ${route} refused the input (${result.error.code})`)
        }
      }),
      { numRuns: runsPerRoute, seed: config.seed, endOnFailure: true }
    )
    if (details.failed) {
      failures.push(
        `${route}: ${details.errorInstance instanceof Error ? details.errorInstance.message : 'failed'} — input ${preview(details.counterexample?.[0])}`
      )
    }
  }

  // The same over the wire: raw and hostile bodies through the real HTTP server.
  const http = await httpFuzz(h, routes, httpRunsPerRoute, config.seed)
  failures.push(...http.failures)
  await h.core.close()

  const refusals = [...codes.entries()].map(([c, n]) => `${c} ${n}`).join(', ')
  return {
    name: 'hostile input',
    failures,
    figures: [
      { area: 'hostile input', figure: 'routes fuzzed (all in the contract)', value: routes.length, ok: routes.length > 0 },
      {
        area: 'hostile input',
        figure: 'payloads tried (direct dispatch)',
        value: tried,
        ok: tried >= routes.length * runsPerRoute,
        note: refusals
      },
      { area: 'hostile input', figure: 'crashes (throw / INTERNAL / hang)', value: crashes, ok: crashes === 0 },
      { area: 'hostile input', figure: 'store changes on rejection', value: changedOnRejection, ok: changedOnRejection === 0 },
      {
        area: 'hostile input',
        figure: 'HTTP requests tried (bodies, raw paths)',
        value: http.tried,
        ok: http.failures.length === 0,
        note: `5xx: ${http.serverErrors}`
      }
    ]
  }
}

async function httpFuzz(h: Harness, routes: string[], runs: number, seed: number) {
  const web: RunningWebServer = await startWebServer({ core: h.core, rendererDir: join(h.dir, 'no-renderer'), port: 0 })
  const failures: string[] = []
  let tried = 0
  let serverErrors = 0
  const body = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    hostileValue.map((v) => preview(v)),
    fc.constantFrom('{', '{"__proto__":{"polluted":true}}', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'null', '"x"', '\u0000')
  )
  try {
    for (const route of [...routes, 'no.such.route', '../../etc/passwd', '__proto__']) {
      const details = await fc.check(
        fc.asyncProperty(body, async (text) => {
          tried++
          await h.settle()
          const before = h.onDisk()
          const res = await fetch(`http://127.0.0.1:${web.port}/api/${encodeURIComponent(route)}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
            body: text,
            signal: AbortSignal.timeout(CALL_TIMEOUT_MS)
          })
          const reply = (await res.json()) as Result<unknown>
          if (res.status >= 500) {
            serverErrors++
            throw new Error(`HTTP ${res.status}: ${reply.ok ? '' : reply.error.message}`)
          }
          if (!reply.ok && !h.onDisk().equals(before)) throw new Error('the store changed on a refused request')
          if (reply.ok) h.refreshIds()
        }),
        { numRuns: runs, seed, endOnFailure: true }
      )
      if (details.failed) {
        failures.push(
          `HTTP ${route}: ${(details.errorInstance as Error)?.message} — body ${preview(details.counterexample?.[0]).slice(0, 100)}`
        )
      }
    }
    // Raw request targets, unauthenticated: percent-escapes, dot segments, odd routes.
    const piece = fc.constantFrom(
      '%',
      '%E0',
      '%A4',
      '%A',
      '%C0%AF',
      '%2e%2e',
      '%2f',
      '%00',
      '%ff',
      '..',
      '/',
      '\\',
      'api',
      'a',
      '?',
      '#',
      '&token=',
      '~'
    )
    const target = fc
      .tuple(fc.constantFrom('/', '/api/', '/assets/'), fc.array(piece, { maxLength: 8 }))
      .map(([p, parts]) => p + parts.join(''))
    const paths = await fc.check(
      fc.asyncProperty(target, fc.constantFrom('GET', 'POST'), async (path, method) => {
        tried++
        const status = await rawRequest(web.port, method, path)
        if (status >= 500 || status === 0) {
          serverErrors++
          throw new Error(`${method} ${path} answered ${status || 'nothing'}`)
        }
      }),
      { numRuns: runs * 5, seed, endOnFailure: true }
    )
    if (paths.failed) failures.push(`HTTP paths: ${(paths.errorInstance as Error)?.message}`)
  } finally {
    await web.close()
  }
  return { tried, serverErrors, failures }
}

/** node:http, not fetch, so the request target reaches the server exactly as written. 0 = no answer. */
function rawRequest(port: number, method: string, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', () => resolve(0))
    // A handler that died without answering leaves the request hanging: count it as no answer.
    req.setTimeout(5_000, () => {
      req.destroy()
      resolve(0)
    })
    req.end(method === 'POST' ? '{}' : undefined)
  })
}
