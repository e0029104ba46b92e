import type { AppRoute } from './contract'

/**
 * Which collections each route reads or writes: the store's collections, plus the save status
 * and which data folder (own or sample) is in use. The renderer keys its cache by route and
 * refreshes an answer when a collection it reads changes (src/renderer/src/api/queries.ts);
 * src/main/core/app/routeCollections.test.ts checks every write against the real core.
 */
export const STORE_COLLECTIONS = [
  'wins',
  'impactVersions',
  'promoPackets',
  'promoPrefs',
  'interviewAttempts',
  'profile',
  'goals',
  'people',
  'checkIns',
  'commitments',
  'settings',
  'drafts'
] as const
export type StoreCollection = (typeof STORE_COLLECTIONS)[number]
export type Collection = StoreCollection | 'status' | 'sample'

/** A query route lists what it reads; a route that changes things lists what it writes. */
export type RouteAccess = { reads: readonly Collection[] } | { writes: readonly Collection[] }

/** The loop history a draft, a plan or the timeline is made from. */
const HISTORY = ['profile', 'goals', 'people', 'checkIns', 'commitments', 'wins'] as const
const EVERYTHING: readonly Collection[] = [...STORE_COLLECTIONS, 'status', 'sample']
const NOTHING: readonly Collection[] = []

/**
 * Every route of the contract, once: a route added to the contract without a line here does
 * not compile. Writes name every collection the core touches, including cross-collection
 * effects (deleting a commitment unlinks its wins; a check-in updates the person).
 */
export const ROUTE_ACCESS = {
  'app.info': { reads: NOTHING },
  'app.status': { reads: ['status'] },
  'app.retrySave': { writes: ['status'] },
  'app.dismissRecovery': { writes: ['status'] },

  'wins.list': { reads: ['wins'] },
  'wins.page': { reads: ['wins'] },
  'wins.get': { reads: ['wins'] },
  'wins.tags': { reads: ['wins'] },
  'wins.create': { writes: ['wins'] },
  'wins.update': { writes: ['wins'] },
  'wins.delete': { writes: ['wins'] },
  'wins.restore': { writes: ['wins'] },

  'impact.strengths': { reads: ['wins'] },
  'impact.rewrite': { reads: ['wins', 'commitments'] },
  'impact.history': { reads: ['impactVersions'] },
  'impact.apply': { writes: ['wins', 'impactVersions'] },
  'impact.revert': { writes: ['wins', 'impactVersions'] },

  'promo.defaults': { reads: ['profile', 'promoPackets', 'promoPrefs'] },
  'promo.list': { reads: ['promoPackets'] },
  'promo.get': { reads: ['promoPackets'] },
  'promo.build': { writes: ['promoPackets'] },
  'promo.move': { writes: ['promoPrefs', 'promoPackets'] },
  'promo.ladder': { reads: ['promoPrefs'] },
  'promo.importLadder': { writes: ['promoPrefs'] },
  'promo.export': { writes: NOTHING },

  'interview.questions': { reads: ['wins'] },
  'interview.attempts': { reads: ['interviewAttempts'] },
  'interview.submit': { writes: ['interviewAttempts'] },
  'interview.improve': { writes: NOTHING },

  'profile.get': { reads: ['profile'] },
  'profile.update': { writes: ['profile'] },
  'goals.list': { reads: ['goals'] },
  'goals.create': { writes: ['goals'] },
  'goals.update': { writes: ['goals'] },
  'goals.delete': { writes: ['goals'] },

  'people.list': { reads: ['people'] },
  'people.get': { reads: ['people'] },
  'people.cadence': { reads: ['people', 'checkIns'] },
  'people.cadenceWarnings': { reads: NOTHING },
  'people.create': { writes: ['people'] },
  'people.update': { writes: ['people'] },
  'people.archive': { writes: ['people'] },
  'people.delete': { writes: ['people', 'commitments'] },
  'people.addItem': { writes: ['people'] },
  'people.updateItem': { writes: ['people'] },
  'people.removeItem': { writes: ['people', 'checkIns'] },

  'checkIns.list': { reads: ['checkIns'] },
  'checkIns.page': { reads: ['checkIns'] },
  'checkIns.get': { reads: ['checkIns'] },
  'checkIns.create': { writes: ['checkIns', 'people', 'commitments'] },
  'checkIns.update': { writes: ['checkIns'] },
  'checkIns.delete': { writes: ['checkIns', 'commitments'] },

  // A commitment shows the wins it led to, so it reads wins too.
  'commitments.list': { reads: ['commitments', 'wins'] },
  'commitments.page': { reads: ['commitments', 'wins'] },
  'commitments.get': { reads: ['commitments', 'wins'] },
  'commitments.create': { writes: ['commitments'] },
  'commitments.update': { writes: ['commitments'] },
  'commitments.transition': { writes: ['commitments'] },
  'commitments.delete': { writes: ['commitments', 'wins'] },

  'dashboard.timeline': { reads: HISTORY },
  'context.entries': { reads: HISTORY },
  'data.export': { writes: NOTHING },
  'data.exportWinsMarkdown': { writes: NOTHING },
  'data.importPreview': { writes: NOTHING },
  'data.importApply': { writes: EVERYTHING },
  'data.bragPreview': { writes: NOTHING },
  'data.bragSave': { writes: ['wins'] },
  'sample.status': { reads: ['sample'] },
  'sample.enter': { writes: EVERYTHING },
  'sample.leave': { writes: EVERYTHING },

  'settings.get': { reads: ['settings'] },
  'settings.update': { writes: ['settings'] },
  'settings.setKey': { writes: ['settings'] },
  'settings.clearKey': { writes: ['settings'] },
  'settings.testConnection': { writes: NOTHING },

  'drafts.kinds': { reads: NOTHING },
  'drafts.preview': { reads: [...HISTORY, 'settings'] },
  'drafts.start': { writes: NOTHING },
  'drafts.stop': { writes: NOTHING },
  'drafts.result': { reads: NOTHING },
  'drafts.checkNumbers': { writes: NOTHING },
  'drafts.list': { reads: ['drafts'] },
  'drafts.page': { reads: ['drafts'] },
  'search.history': { reads: ['people', 'checkIns', 'commitments', 'goals'] },
  'drafts.get': { reads: ['drafts'] },
  'drafts.save': { writes: ['drafts'] },
  'drafts.delete': { writes: ['drafts'] },

  'loop.prepare': { reads: [...HISTORY, 'settings'] },
  'loop.calendar': { reads: [...HISTORY, 'settings'] },
  'loop.backfillQuarter': { writes: ['checkIns', 'people', 'commitments', 'wins'] }
} satisfies Record<AppRoute, RouteAccess>

export type QueryRoute = { [R in AppRoute]: (typeof ROUTE_ACCESS)[R] extends { reads: readonly Collection[] } ? R : never }[AppRoute]
export type MutationRoute = Exclude<AppRoute, QueryRoute>

export const readsOf = (route: string): readonly Collection[] => {
  const access = (ROUTE_ACCESS as Record<string, RouteAccess | undefined>)[route]
  return access && 'reads' in access ? access.reads : NOTHING
}

export const writesOf = (route: string): readonly Collection[] => {
  const access = (ROUTE_ACCESS as Record<string, RouteAccess | undefined>)[route]
  return access && 'writes' in access ? access.writes : NOTHING
}
