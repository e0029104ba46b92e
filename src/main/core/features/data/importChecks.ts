import type { StoreData } from '../../../../shared/domain/storeData'
import type { EntityCollection } from '../../store/storeChange'

/** Every collection an export carries, in the order the preview lists them. */
export const COLLECTIONS = [
  'wins',
  'goals',
  'people',
  'checkIns',
  'commitments',
  'drafts',
  'promoPackets',
  'interviewAttempts',
  'impactVersions'
] as const satisfies readonly EntityCollection[]
export type CollectionName = (typeof COLLECTIONS)[number]
// The store's entity collections (store/liveDocument.ts) in the preview's order: a collection the
// store gains and an export leaves out fails to compile here.
const everyCollection: [Exclude<EntityCollection, CollectionName>] extends [never] ? true : never = true
void everyCollection

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  wins: 'Wins',
  goals: 'Goals',
  people: 'People',
  checkIns: 'Check-ins',
  commitments: 'Commitments',
  drafts: 'Drafts',
  promoPackets: 'Promo packets',
  interviewAttempts: 'Interview attempts',
  impactVersions: 'Impact history'
}

type Entity = { id: string } & Record<string, unknown>
const quoted = (s: unknown, max = 60) => {
  const t = String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`
}

/** How an entry is named in a message: what the person would recognise, then its id. */
export function describeEntry(collection: CollectionName, e: Entity): string {
  const at = (d: unknown) => (typeof d === 'string' && d ? ` on ${d.slice(0, 10)}` : '')
  const what = (() => {
    switch (collection) {
      case 'wins':
        return `win ${quoted(e.title)}${at(e.date)}`
      case 'goals':
        return `goal ${quoted(e.title)}`
      case 'people':
        return `person ${quoted(e.name)}`
      case 'checkIns':
        return `check-in${at(e.date)}`
      case 'commitments':
        return `commitment ${quoted(e.title)}`
      case 'drafts':
        return `draft ${quoted(e.title)}`
      case 'promoPackets':
        return `promo packet${at(e.createdAt)}`
      case 'interviewAttempts':
        return `interview attempt ${quoted(e.questionText)}${at(e.at)}`
      case 'impactVersions':
        return `impact change${at(e.at)}`
    }
  })()
  return `${what} (id ${e.id})`
}

const list = (data: StoreData, name: CollectionName) => data[name] as unknown as Entity[]

/**
 * Ids that appear more than once in the file. There is no safe repair: which copy is the right
 * one cannot be known, and importing by id would silently keep only one of them.
 */
export function duplicateIds(data: StoreData): string[] {
  const problems: string[] = []
  const report = (label: string, groups: Map<string, string[]>) => {
    for (const [id, names] of groups)
      if (names.length > 1) problems.push(`${label}: id “${id}” is used by ${names.length} entries (${names.join('; ')}).`)
  }
  for (const name of COLLECTIONS) {
    const byId = new Map<string, string[]>()
    for (const e of list(data, name)) byId.set(e.id, [...(byId.get(e.id) ?? []), describeEntry(name, e)])
    report(COLLECTION_LABELS[name], byId)
  }
  // Goals and blockers heard from people are named by commitments with their id alone.
  const items = new Map<string, string[]>()
  for (const p of data.people)
    for (const i of p.items) items.set(i.id, [...(items.get(i.id) ?? []), `${i.kind} ${quoted(i.text)} of ${quoted(p.name)}`])
  report('Notes, goals and blockers of people', items)
  return problems
}

export interface Repair {
  collection: CollectionName
  id: string
  entry: string
  repair: string
}

interface Finding {
  key: string
  collection: CollectionName
  entity: Entity
  /** null: a link that cannot be removed (the entry means nothing without it). */
  fix: ((e: Entity) => void) | null
  problem: string
  repair: string
}

/** Every link from one entry to another that points at nothing. */
function danglingLinks(data: StoreData): Finding[] {
  const ids = (name: CollectionName) => new Set(list(data, name).map((e) => e.id))
  const people = ids('people')
  const goals = ids('goals')
  const checkIns = ids('checkIns')
  const commitments = ids('commitments')
  const wins = ids('wins')
  const personItems = new Map(data.people.flatMap((p) => p.items.map((i) => [i.id, i.kind] as const)))
  const out: Finding[] = []
  const add = (
    collection: CollectionName,
    e: { id: string },
    field: string,
    target: string,
    f: Omit<Finding, 'key' | 'collection' | 'entity'>
  ) => out.push({ key: `${collection}/${e.id}/${field}/${target}`, collection, entity: e as Entity, ...f })

  for (const w of data.wins)
    if (w.commitmentId && !commitments.has(w.commitmentId))
      add('wins', w, 'commitmentId', w.commitmentId, {
        fix: (e) => delete e.commitmentId,
        problem: `points at commitment ${w.commitmentId}, which is not there`,
        repair: 'the link to the missing commitment is removed; the win is kept'
      })
  for (const c of data.checkIns) {
    if (!people.has(c.personId))
      add('checkIns', c, 'personId', c.personId, {
        fix: null,
        problem: `is with person ${c.personId}, who is not there (a check-in cannot be kept without the person it was with)`,
        repair: ''
      })
    for (const g of c.goalIds)
      if (!goals.has(g))
        add('checkIns', c, 'goalIds', g, {
          fix: (e) => (e.goalIds = (e.goalIds as string[]).filter((x) => x !== g)),
          problem: `discussed goal ${g}, which is not there`,
          repair: `goal ${g} is taken off the goals it discussed; the check-in is kept`
        })
  }
  for (const c of data.commitments) {
    if (c.personId && !people.has(c.personId))
      add('commitments', c, 'personId', c.personId, {
        fix: (e) => delete e.personId,
        problem: `is for person ${c.personId}, who is not there`,
        repair: 'the link to the missing person is removed; the commitment is kept'
      })
    if (c.checkInId && !checkIns.has(c.checkInId))
      add('commitments', c, 'checkInId', c.checkInId, {
        fix: (e) => delete e.checkInId,
        problem: `came from check-in ${c.checkInId}, which is not there`,
        repair: 'the link to the missing check-in is removed; the commitment is kept'
      })
    const s = c.serves
    if (s) {
      const found = s.kind === 'goal' ? goals.has(s.id) : personItems.get(s.id) === (s.kind === 'personGoal' ? 'goal' : 'blocker')
      const what = s.kind === 'goal' ? 'your goal' : s.kind === 'personGoal' ? 'their goal' : 'blocker'
      if (!found)
        add('commitments', c, 'serves', s.id, {
          fix: (e) => delete e.serves,
          problem: `serves ${what} ${s.id}, which is not there`,
          repair: `what it serves is cleared (${what} ${s.id} is missing); the commitment is kept`
        })
    }
  }
  for (const p of data.people)
    for (const i of p.items)
      if (i.checkInId && !checkIns.has(i.checkInId))
        add('people', p, `items.${i.id}.checkInId`, i.checkInId, {
          fix: (e) => {
            const item = (e.items as { id: string; checkInId?: string }[]).find((x) => x.id === i.id)
            if (item) delete item.checkInId
          },
          problem: `has ${i.kind} ${quoted(i.text)} heard at check-in ${i.checkInId}, which is not there`,
          repair: `the ${i.kind} is kept without the link to the missing check-in`
        })
  for (const v of data.impactVersions)
    if (!wins.has(v.winId))
      add('impactVersions', v, 'winId', v.winId, {
        fix: null,
        problem: `is a change to win ${v.winId}, which is not there`,
        repair: 'left out: it is the history of a win that is not there'
      })
  return out
}

export interface CheckedResult {
  repairs: Repair[]
  /** Links that cannot be repaired; any one stops the import. */
  errors: string[]
}

/**
 * Repairs, in `next` (the data an import would produce), every link that points at nothing, the
 * way Loopwise itself does when the target is deleted (the link goes, the entry stays). A link
 * that already pointed at nothing in `current` on an entry the import leaves alone is not the
 * import's doing and is not touched. Dangling impact history is left out; a check-in whose
 * person is missing cannot be repaired and is an error.
 */
export function repairLinks(
  current: StoreData,
  next: StoreData,
  fromFile: (collection: CollectionName, e: Entity) => boolean
): CheckedResult {
  const before = new Set(danglingLinks(current).map((f) => f.key))
  const repairs: Repair[] = []
  const errors: string[] = []
  const dropped = new Set<Entity>()
  for (const f of danglingLinks(next)) {
    if (before.has(f.key) && !fromFile(f.collection, f.entity)) continue
    const entry = describeEntry(f.collection, f.entity)
    if (f.collection === 'impactVersions') dropped.add(f.entity)
    else if (!f.fix) {
      errors.push(`${COLLECTION_LABELS[f.collection]}: the ${entry} ${f.problem}.`)
      continue
    } else f.fix(f.entity)
    repairs.push({ collection: f.collection, id: f.entity.id, entry, repair: `It ${f.problem}: ${f.repair}.` })
  }
  if (dropped.size) next.impactVersions = next.impactVersions.filter((v) => !dropped.has(v as unknown as Entity))
  return { repairs, errors }
}
