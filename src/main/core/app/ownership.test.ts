import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storeDataSchema } from '../../../shared/domain/storeData'

/**
 * One owner per collection (issue 19 item 2): a collection is written only from its feature's
 * room, through the store's collection API (`store.put/remove`, or `change.put/remove/
 * replaceAll/set` inside `store.change`). Another room that needs an effect on it calls the
 * owner's exported writes (`winWrites.detachCommitment(change, id)`), so both land in one save.
 *
 * The scan reads the source: a write names its collection as a string literal on a receiver
 * called `store` or `change` (the convention this test holds everyone to — a computed name or
 * an immer `store.update` recipe is a violation, since neither can be checked).
 */

const ROOT = resolve(__dirname, '../../../..')
const CORE = join(ROOT, 'src/main/core')

/** Every stored key and the room that owns it. A key added to StoreData must be added here. */
export const OWNERS: Record<string, string> = {
  wins: 'wins',
  people: 'people',
  checkIns: 'checkins',
  commitments: 'commitments',
  profile: 'profile',
  goals: 'profile',
  drafts: 'drafting',
  settings: 'drafting',
  impactVersions: 'impact',
  promoPackets: 'promo',
  promoPrefs: 'promo',
  interviewAttempts: 'interview'
}

interface Write {
  file: string
  room: string
  collection: string | null
  call: string
}

const WRITE = /\b(store|change)\.(put|remove|replaceAll|set|update|reset)\(\s*(?:(['"])(\w+)\3)?/g

export function writesIn(file: string, source: string): Write[] {
  const room = /^features\/([^/]+)\//.exec(file)?.[1] ?? file.split('/')[0]!
  return [...source.matchAll(WRITE)].map((m) => ({ file, room, collection: m[4] ?? null, call: `${m[1]}.${m[2]}` }))
}

export function violations(writes: Write[]): string[] {
  return writes.flatMap((w) => {
    if (w.call.endsWith('.update')) return [`${w.file}: ${w.call} (an immer recipe can write any collection; use put/remove/change)`]
    if (w.call.endsWith('.reset')) return w.room === 'sample' ? [] : [`${w.file}: ${w.call} (only the sample store is reset whole)`]
    if (!w.collection) return [`${w.file}: ${w.call} with a computed collection name`]
    const owner = OWNERS[w.collection]
    if (!owner) return [`${w.file}: ${w.call}('${w.collection}') has no owner in OWNERS`]
    return owner === w.room ? [] : [`${w.file}: ${w.call}('${w.collection}') — ${w.collection} belongs to features/${owner}`]
  })
}

function productFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'testing' || name === '__snapshots__' ? [] : productFiles(path)
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

const allWrites = () =>
  ['features', 'app'].flatMap((dir) =>
    productFiles(join(CORE, dir)).flatMap((path) => writesIn(relative(CORE, path), readFileSync(path, 'utf8')))
  )

describe('one owner per collection', () => {
  it('the scan catches a write from the wrong room, a computed name and an immer recipe', () => {
    const wrong = writesIn(
      'features/impact/impactService.ts',
      `change.put('wins', next)\nawait this.store.update((data) => { data.wins = [] })\nchange.remove(name, id)\nthis.store.put('impactVersions', v)`
    )
    expect(violations(wrong)).toEqual([
      "features/impact/impactService.ts: change.put('wins') — wins belongs to features/wins",
      'features/impact/impactService.ts: store.update (an immer recipe can write any collection; use put/remove/change)',
      'features/impact/impactService.ts: change.remove with a computed collection name'
    ])
    expect(violations(writesIn('app/services.ts', `store.put('wins', w)`))).toHaveLength(1)
  })

  it('every stored key has an owner', () => {
    const keys = Object.keys(storeDataSchema.shape).filter((k) => k !== 'schemaVersion')
    expect(keys.filter((k) => !OWNERS[k])).toEqual([])
  })

  it('no product code writes a collection it does not own', () => {
    const writes = allWrites()
    const byRoom = new Map<string, Set<string>>()
    for (const w of writes) if (w.collection) byRoom.set(w.room, (byRoom.get(w.room) ?? new Set()).add(w.collection))
    console.log(
      `${writes.length} writes through the collection API:\n` +
        [...byRoom]
          .sort()
          .map(([room, cs]) => `  features/${room} → ${[...cs].sort().join(', ')}`)
          .join('\n')
    )
    expect(violations(writes)).toEqual([])
    // The scan sees the real writes (a scan that found nothing would pass vacuously).
    for (const [collection, room] of Object.entries(OWNERS)) expect(byRoom.get(room), collection).toContain(collection)
  })
})
