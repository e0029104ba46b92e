import type { Result } from '@shared/api/result'

export interface Transport {
  invoke(route: string, input: unknown): Promise<Result<unknown>>
  on(event: string, callback: (payload: unknown) => void): () => void
}

const TOKEN_KEY = 'loopwise.token'

/**
 * Browser mode without a working token: opened without the printed link (a new tab, a
 * bookmark), or with the link of an earlier run (the token is new each run). The app shows a
 * locked page instead of an empty one that looks as if the history were gone.
 */
export type BrowserLock = 'no-token' | 'old-token'
let lock: BrowserLock | null = null
const lockListeners = new Set<() => void>()
const setLock = (next: BrowserLock) => {
  if (lock === next) return
  lock = next
  lockListeners.forEach((l) => l())
}
/** Known before the first render, so a locked page never mounts the app (and makes no call). */
let checked = false
export function browserLock(): BrowserLock | null {
  if (!checked) {
    checked = true
    if (!window.api) {
      if (!takeBrowserToken()) lock = 'no-token'
      // Pasting the printed link into this tab only changes the fragment (no page load): take
      // the new token and start over with it.
      window.addEventListener('hashchange', () => {
        if (/(?:^#|&)token=/.test(window.location.hash)) {
          sessionStorage.removeItem(TOKEN_KEY)
          takeBrowserToken()
          window.location.reload()
        }
      })
    }
  }
  return lock
}
export function onBrowserLockChange(listener: () => void): () => void {
  lockListeners.add(listener)
  return () => lockListeners.delete(listener)
}

/** Browser mode hands the token in the URL fragment; keep it for reloads, then hide it. */
export function takeBrowserToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!))
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function ipcTransport(api: NonNullable<Window['api']>): Transport {
  return {
    invoke: async (route, input) => (await api.invoke(route, input)) as Result<unknown>,
    on: (event, callback) => api.on(event, callback)
  }
}

function httpTransport(token: string): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let source: EventSource | null = null
  const connect = () => {
    if (source) return
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    source.onmessage = (message) => {
      try {
        const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown }
        listeners.get(event)?.forEach((cb) => cb(payload))
      } catch {
        // A malformed frame is ignored; the next one still arrives.
      }
    }
  }
  return {
    async invoke(route, input) {
      // Without a token every call would be refused: make none, the locked page explains.
      if (!token) return { ok: false, error: { code: 'VALIDATION', message: 'This page needs the link printed where Loopwise started.' } }
      let response: Response
      try {
        response = await fetch(`/api/${encodeURIComponent(route)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {})
        })
      } catch {
        return {
          ok: false,
          error: {
            code: 'UNAVAILABLE',
            message: 'Loopwise is not running (the local server did not answer). Start it again with npm run web.'
          }
        }
      }
      if (response.status === 401) {
        // A token from an earlier run: forget it, so a reload does not keep trying it.
        sessionStorage.removeItem(TOKEN_KEY)
        setLock('old-token')
      }
      try {
        return (await response.json()) as Result<unknown>
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: `Unexpected answer from the local server (HTTP ${response.status}).` } }
      }
    },
    on(event, callback) {
      if (token) connect()
      const set = listeners.get(event) ?? new Set()
      set.add(callback)
      listeners.set(event, set)
      return () => set.delete(callback)
    }
  }
}

/** One bundle, two transports: the preload's IPC bridge when present, else loopback HTTP. */
export function createTransport(): Transport {
  if (window.api) return ipcTransport(window.api)
  const token = takeBrowserToken()
  if (!token) setLock('no-token')
  return httpTransport(token)
}
