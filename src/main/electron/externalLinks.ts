// Pure, so it is tested without Electron: only https links to a real host leave the app.
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  if (url.username || url.password) return false
  const host = url.hostname
  if (!host || host === 'localhost' || /^[\d.]+$/.test(host) || host.startsWith('[')) return false
  return true
}
