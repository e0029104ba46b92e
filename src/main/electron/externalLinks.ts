/**
 * The hosts Loopwise itself links to (provider sign-up and docs pages). Only these open in
 * the system browser; an exact host or one of its subdomains matches, so a look-alike such
 * as `openai.com.evil.test` or `evil-openai.com` never does. Links a person types (evidence
 * on a win) are shown as text; opening them would need an explicit confirm step, not this list.
 */
export const EXTERNAL_LINK_HOSTS = [
  'openai.com',
  'platform.openai.com',
  'help.openai.com',
  'ollama.com',
  'lmstudio.ai',
  'github.com'
] as const

const hostAllowed = (host: string) => EXTERNAL_LINK_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))

// Pure, so it is tested without Electron: only https links to a listed host leave the app.
export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  if (url.username || url.password) return false
  // An explicit port means something other than the public website.
  if (url.port !== '') return false
  // WHATWG URL lower-cases the host and turns non-ASCII into punycode (xn--), so a
  // homoglyph host can never equal a listed ASCII host.
  return hostAllowed(url.hostname.replace(/\.$/, ''))
}
