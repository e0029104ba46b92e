import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A real OpenAI-protocol server on 127.0.0.1 for tests, e2e and benchmarks. Behaviour is picked
 * by the requested model name, so a test (or a person in the Settings screen) only has to choose
 * a model:
 *   fake-model       streams `text` in small chunks, finish_reason "stop", then [DONE]
 *   fake-slow        the same, slowly (200 ms a chunk) — for Stop
 *   fake-length      finish_reason "length"
 *   fake-nodone      chunks, then the response ends without finish_reason or [DONE]
 *   fake-drop        chunks, then the socket is destroyed
 *   fake-slow-first  waits `firstTokenDelayMs` before the first chunk
 *   fake-401/403/429/500   that status (401 echoes the key like OpenAI does; 429 sends Retry-After)
 *   fake-json / fake-badjson   JSON content, valid or malformed
 *   fake-noschema    400 when response_format is sent, else like fake-json
 * `reply(body)` overrides the streamed content for any model that streams (recorded replies).
 *   anything else    404 model not found
 */
export const FAKE_MODELS = [
  'fake-model',
  'fake-slow',
  'fake-length',
  'fake-nodone',
  'fake-drop',
  'fake-slow-first',
  'fake-401',
  'fake-403',
  'fake-429',
  'fake-500',
  'fake-json',
  'fake-badjson',
  'fake-noschema'
] as const

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | null
  body: unknown
}

export interface FakeServerOptions {
  port?: number
  /** What fake-model streams. */
  text?: string
  chunkDelayMs?: number
  firstTokenDelayMs?: number
  /** When set, any other bearer token gets a 401 that echoes it back. */
  requireKey?: string
  json?: unknown
  /**
   * Recorded replies: what to stream for this request body (e.g. by the requested JSON schema's
   * name or a repair turn), or undefined for the model's usual behaviour.
   */
  reply?(body: Record<string, unknown>): string | undefined
}

export interface FakeOpenAIServer {
  url: string
  baseUrl: string
  port: number
  requests: RecordedRequest[]
  options: FakeServerOptions
  /** Number of chunks written to any client (to prove Stop really stopped). */
  chunksSent(): number
  close(): Promise<void>
}

export const DEFAULT_FAKE_TEXT =
  'Cut p95 checkout latency from 820 ms to 310 ms for the payments team. ' +
  'Led the migration in 6 weeks. Grew weekly active users by 45%. ' +
  'Everything here comes from your wins.'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function chunk(id: string, model: string, content: string | null, finish: string | null) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }]
  }
}

const split = (text: string) => text.match(/\S+\s*/g) ?? []

export async function startFakeOpenAIServer(options: FakeServerOptions = {}): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = []
  let sent = 0
  const sockets = new Set<import('node:net').Socket>()

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  const error = (res: ServerResponse, status: number, message: string, type: string, code: string | null, headers = {}) =>
    json(res, status, { error: { message, type, param: null, code } }, headers)

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: Record<string, unknown>
    try {
      body = raw ? JSON.parse(raw) : {}
    } catch {
      return error(res, 400, 'Invalid JSON body', 'invalid_request_error', null)
    }
    const authorization = req.headers.authorization ?? null
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization, body })
    const key = authorization?.startsWith('Bearer ') ? authorization.slice(7) : ''
    // Like OpenAI, a 401 echoes the key it was sent (the app must strip it before showing it).
    const badKey = () =>
      error(
        res,
        401,
        `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        'invalid_request_error',
        'invalid_api_key'
      )
    if (options.requireKey && key !== options.requireKey) {
      return badKey()
    }
    const path = (req.url ?? '').replace(/\?.*$/, '')
    if (req.method === 'GET' && path.endsWith('/models')) {
      return json(res, 200, {
        object: 'list',
        data: FAKE_MODELS.map((id) => ({ id, object: 'model', created: 0, owned_by: 'loopwise-test' }))
      })
    }
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) return error(res, 404, 'Not found', 'invalid_request_error', null)

    const model = String(body.model ?? '')
    switch (model) {
      case 'fake-401':
        return badKey()
      case 'fake-403':
        return error(res, 403, 'Project does not have access to this model.', 'invalid_request_error', 'model_not_allowed')
      case 'fake-429':
        return error(res, 429, 'Rate limit reached for requests.', 'requests', 'rate_limit_exceeded', { 'Retry-After': '7' })
      case 'fake-500':
        return error(res, 500, 'The server had an error while processing your request.', 'server_error', null)
      case 'fake-noschema':
        if (body.response_format)
          return error(res, 400, "response_format 'json_schema' is not supported by this server", 'invalid_request_error', null)
        break
      default:
        if (!(FAKE_MODELS as readonly string[]).includes(model)) {
          return error(
            res,
            404,
            `The model \`${model}\` does not exist or you do not have access to it.`,
            'invalid_request_error',
            'model_not_found'
          )
        }
    }

    const content =
      options.reply?.(body) ??
      (model === 'fake-json' || model === 'fake-noschema'
        ? JSON.stringify(options.json ?? { points: ['Cut latency from 820 ms to 310 ms'] })
        : model === 'fake-badjson'
          ? '{"points": ["Cut latency", '
          : (options.text ?? DEFAULT_FAKE_TEXT))
    const pieces = split(content)
    const delay = model === 'fake-slow' ? 200 : (options.chunkDelayMs ?? 15)
    const id = `chatcmpl-${Date.now()}`

    if (body.stream !== true) {
      return json(res, 200, {
        id,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: model === 'fake-length' ? 'length' : 'stop' }]
      })
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' })
    res.flushHeaders()
    let closed = false
    res.on('close', () => (closed = true))
    const write = (data: unknown) => {
      if (closed) return
      sent++
      res.write(`data: ${JSON.stringify(data)}\n\n`)
    }
    if (model === 'fake-slow-first') await sleep(options.firstTokenDelayMs ?? 3000)
    // The role chunk comes first, without content, as OpenAI sends it.
    if (!closed)
      res.write(
        `data: ${JSON.stringify({ ...chunk(id, model, null, null), choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] })}\n\n`
      )
    const limit = model === 'fake-length' || model === 'fake-nodone' || model === 'fake-drop' ? Math.min(4, pieces.length) : pieces.length
    for (let i = 0; i < limit && !closed; i++) {
      write(chunk(id, model, pieces[i]!, null))
      await sleep(delay)
    }
    if (closed) return
    if (model === 'fake-drop') {
      req.socket.destroy()
      return
    }
    if (model === 'fake-nodone') return res.end()
    write(chunk(id, model, null, model === 'fake-length' ? 'length' : 'stop'))
    res.write('data: [DONE]\n\n')
    res.end()
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) error(res, 500, 'fake server failure', 'server_error', null)
      else res.end()
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    baseUrl: `${url}/v1`,
    port,
    requests,
    options,
    chunksSent: () => sent,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
