import { describe, expect, it, vi } from 'vitest'

const fakes = vi.hoisted(() => ({
  exposed: [] as Array<[string, Record<string, unknown>]>,
  invoked: [] as unknown[][],
  listeners: new Map<string, Set<(...args: unknown[]) => void>>()
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => fakes.exposed.push([key, api]) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void fakes.invoked.push(args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!fakes.listeners.has(channel)) fakes.listeners.set(channel, new Set())
      fakes.listeners.get(channel)!.add(listener)
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => fakes.listeners.get(channel)?.delete(listener)
  }
}))

await import('./index')

describe('preload', () => {
  it('exposes exactly { invoke, on } and nothing of ipcRenderer itself', () => {
    expect(fakes.exposed).toHaveLength(1)
    const [key, api] = fakes.exposed[0]!
    expect(key).toBe('api')
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on'])
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
  })

  it('invokes on the one channel and delivers only the subscribed event', async () => {
    const api = fakes.exposed[0]![1] as {
      invoke: (r: string, i: unknown) => Promise<unknown>
      on: (e: string, cb: (p: unknown) => void) => () => void
    }
    await api.invoke('wins.list', { query: 'a' })
    expect(fakes.invoked).toEqual([['loopwise:invoke', 'wins.list', { query: 'a' }]])
    const got: unknown[] = []
    const off = api.on('store.status', (p) => got.push(p))
    const fire = (envelope: unknown) => fakes.listeners.get('loopwise:event')!.forEach((l) => l({}, envelope))
    fire({ event: 'store.status', payload: 1 })
    fire({ event: 'other', payload: 2 })
    fire(null)
    off()
    fire({ event: 'store.status', payload: 3 })
    expect(got).toEqual([1])
  })
})
