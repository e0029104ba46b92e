import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from './appProtocol'

/** What the window loads, and the one origin the IPC sender check accepts for this run. */
export interface RendererTarget {
  url: string
  origin: string
  /** Set when ELECTRON_RENDERER_URL was given but not used, so the caller can say why. */
  ignored?: string
}

/**
 * The packed page over app:// — unless this is a development run (not packaged) with
 * electron-vite's dev server URL. A packaged app never loads a page named by the environment.
 */
export function chooseRenderer(options: { isPackaged: boolean; devServerUrl?: string }): RendererTarget {
  const packed = { url: APP_ENTRY_URL, origin: APP_ORIGIN }
  const dev = options.devServerUrl?.trim()
  if (!dev) return packed
  if (options.isPackaged) return { ...packed, ignored: 'ELECTRON_RENDERER_URL is ignored in the packaged app.' }
  const origin = originOf(dev)
  if (!origin || !/^https?:\/\//.test(origin)) return { ...packed, ignored: `ELECTRON_RENDERER_URL is not an http(s) URL: ${dev}` }
  return { url: dev, origin }
}

/**
 * An exact origin, or null. Node's URL reports "null" as the origin of schemes it does not know,
 * so app:// is spelled out here; Chromium gives a standard scheme the same scheme://host origin.
 */
export function originOf(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.username || url.password) return null
  if (url.protocol === `${APP_SCHEME}:`) return url.host ? `${APP_SCHEME}://${url.host}` : null
  return url.origin === 'null' ? null : url.origin
}
