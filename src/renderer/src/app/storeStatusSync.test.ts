import { describe, expect, it } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import type { StoreStatus } from '@shared/domain/storeStatus'
import { routeKey } from '../api/queries'
import { watchStoreStatus } from './useStoreStatus'

const status = (lastSavedAt: string | null): StoreStatus => ({
  saved: true,
  lastSavedAt,
  lastError: null,
  readOnly: false,
  readOnlyReason: null,
  recovery: null
})

function setup() {
  const client = new QueryClient()
  let emit: (s: StoreStatus) => void = () => undefined
  let clock = Date.parse('2026-03-01T10:00:00.000Z')
  const stop = watchStoreStatus(
    client,
    (cb) => {
      emit = cb
      return () => undefined
    },
    () => clock
  )
  const winsKey = routeKey('wins.page', { offset: 0, limit: 100 })
  const refresh = () => client.setQueryData(winsKey, { total: 1 })
  const stale = () => client.getQueryState(winsKey)?.isInvalidated ?? false
  return { client, emit: (s: StoreStatus) => emit(s), tick: (ms: number) => (clock += ms), at: () => clock, refresh, stale, stop }
}

describe('store.status events', () => {
  it('put the status into the cache', () => {
    const t = setup()
    t.emit(status('2026-03-01T10:00:00.000Z'))
    expect(t.client.getQueryData(routeKey('app.status', {}))).toMatchObject({ lastSavedAt: '2026-03-01T10:00:00.000Z' })
  })

  it('a save this window did not make refreshes what was read from the store', () => {
    const t = setup()
    t.refresh()
    t.emit(status(new Date(t.at() + 5).toISOString()))
    expect(t.stale()).toBe(true)
  })

  it('our own save, reported after our write settled, refreshes nothing more', async () => {
    const t = setup()
    t.refresh()
    const savedAt = new Date(t.at()).toISOString()
    t.tick(3)
    await t.client
      .getMutationCache()
      .build(t.client, { mutationFn: async () => 'ok' })
      .execute(undefined)
    t.emit(status(savedAt))
    expect(t.stale()).toBe(false)
  })

  it('a save reported while our write is in flight is ours', async () => {
    const t = setup()
    t.refresh()
    let finish: () => void = () => undefined
    const running = t.client
      .getMutationCache()
      .build(t.client, { mutationFn: () => new Promise<void>((r) => (finish = r)) })
      .execute(undefined)
    await Promise.resolve()
    t.emit(status(new Date(t.at() + 1).toISOString()))
    expect(t.stale()).toBe(false)
    finish()
    await running
  })

  it('the same save reported twice refreshes once', () => {
    const t = setup()
    const savedAt = new Date(t.at() + 5).toISOString()
    t.emit(status(savedAt))
    t.refresh()
    t.emit(status(savedAt))
    expect(t.stale()).toBe(false)
  })
})
