import { describe, expect, it } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { readsOf, writesOf } from '@shared/api/collections'
import { invalidateCollections, routeKey } from './queries'

describe('invalidation by collection', () => {
  it('marks stale exactly the queries that read a changed collection', async () => {
    const client = new QueryClient()
    const keys = {
      dashboard: routeKey('dashboard.timeline', {}),
      winsPage: routeKey('wins.page', { offset: 0, limit: 100 }),
      commitments: routeKey('commitments.list', { open: true }),
      drafts: routeKey('drafts.list', {}),
      settings: routeKey('settings.get', {}),
      info: routeKey('app.info', {})
    }
    for (const key of Object.values(keys)) client.setQueryData(key, { cached: true })
    await invalidateCollections(client, writesOf('wins.update'))
    const stale = Object.entries(keys)
      .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
    expect(stale.sort()).toEqual(['commitments', 'dashboard', 'winsPage'])
  })

  it('a check-in refreshes the person, the cadence, the commitments and the timeline, not the wins list', () => {
    const changed = new Set(writesOf('checkIns.create'))
    const refreshed = (route: string) => readsOf(route).some((c) => changed.has(c))
    expect(['people.list', 'people.cadence', 'commitments.list', 'dashboard.timeline', 'loop.prepare'].filter(refreshed)).toHaveLength(5)
    expect(refreshed('wins.page')).toBe(false)
  })
})
