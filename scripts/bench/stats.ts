export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}

export async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now()
  const value = await fn()
  return [performance.now() - start, value]
}

export const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1))
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export interface Row {
  area: string
  measure: string
  value: string
  target: string
  ok: boolean | null
}
