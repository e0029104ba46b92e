import { createHash } from 'node:crypto'
import type { DraftingSettings } from '../../../../shared/domain/drafting'
import type { Profile } from '../../../../shared/domain/profile'
import type { StoreData } from '../../../../shared/domain/storeData'
import { KNOWN_KEYS, type DroppedKey } from './dataTransfer'
import { COLLECTION_LABELS, COLLECTIONS, repairLinks, type CollectionName, type Repair } from './importChecks'

export type ImportMode = 'replace' | 'merge'

export const SETTING_LABELS: Record<keyof DraftingSettings, string> = {
  engine: 'Drafting engine',
  openaiModel: 'OpenAI model',
  compatibleBaseUrl: 'OpenAI-compatible server (base URL)',
  compatibleModel: 'OpenAI-compatible model',
  temperature: 'Temperature',
  firstTokenTimeoutSec: 'Wait for the first word (seconds)',
  totalTimeoutSec: 'Wait for a whole draft (seconds)',
  contextTokenBudget: 'Prompt budget (tokens)',
  allowPlainTextKeyStorage: 'Keep the API key on disk without a keyring',
  colorScheme: 'Colour scheme (light, dark or system)',
  reminders: 'Reminders (check-ins due, overdue commitments)'
}

const PROFILE_LABELS: Record<keyof Profile, string> = {
  name: 'Your name',
  role: 'Your role',
  level: 'Your level',
  company: 'Company',
  targetRole: 'Target role',
  targetLevel: 'Target level',
  targetDate: 'Target date',
  strengths: 'Strengths',
  growthAreas: 'Growth areas'
}

/** The exact value, as the person would read it. */
const show = (v: unknown): string =>
  typeof v === 'boolean' ? (v ? 'on' : 'off') : Array.isArray(v) ? v.join(', ') : v === '' || v === undefined ? '(empty)' : String(v)

export interface CollectionChange {
  name: CollectionName
  label: string
  existing: number
  incoming: number
  added: number
  /** In both, and different: the file's version wins. */
  replaced: number
  /** In both, identical. */
  unchanged: number
  removed: number
}

export interface ValueChange {
  key: string
  label: string
  current: string
  incoming: string
}

export interface ImportSummary {
  mode: ImportMode
  /** Names this exact preview; an apply given it refuses if anything it showed has changed. */
  previewId: string
  collections: CollectionChange[]
  profileChanges: boolean
  profile: ValueChange[]
  /** Differences only; none is applied unless its key is ticked. */
  settings: ValueChange[]
  droppedKeys: DroppedKey[]
  repairs: Repair[]
}

export interface ImportPlan {
  summary: ImportSummary
  /** The data after import (settings still the current ones), or the reasons it cannot be. */
  next: StoreData
  errors: string[]
}

type Entity = { id: string } & Record<string, unknown>
const entities = (d: StoreData, n: CollectionName) => d[n] as unknown as Entity[]

/**
 * The merged profile: a field the file fills in wins, an empty one keeps yours, so merging an
 * export that never had a profile cannot blank it.
 */
function mergeProfile(current: Profile, incoming: Profile): Profile {
  const out = { ...current }
  for (const key of Object.keys(PROFILE_LABELS) as (keyof Profile)[]) {
    const v = incoming[key]
    if (Array.isArray(v) ? v.length > 0 : v !== '') (out as Record<string, unknown>)[key] = v
  }
  return out
}

/**
 * Everything an import would do, computed on copies: per-collection counts, the profile and
 * settings differences, keys dropped, links repaired. Settings stay the current ones here; the
 * apply takes only the ones the person ticked.
 */
export function planImport(current: StoreData, incoming: StoreData, mode: ImportMode, dropped: DroppedKey[]): ImportPlan {
  // Keys this version does not know, already in your file (from a newer Loopwise), stay: the
  // preview cannot show them, so the import must not touch them.
  const next = Object.fromEntries(
    Object.entries(current)
      .filter(([key]) => !KNOWN_KEYS.has(key))
      .map(([key, value]) => [key, structuredClone(value)])
  ) as StoreData
  next.schemaVersion = current.schemaVersion
  const fileIds = new Map<CollectionName, Set<string>>()
  for (const name of COLLECTIONS) {
    const inc = entities(incoming, name)
    const byId = new Map(inc.map((e) => [e.id, e]))
    fileIds.set(name, new Set(byId.keys()))
    // Merge keeps your order (a replaced entry stays where it was) and appends what is new.
    const have = new Set(entities(current, name).map((e) => e.id))
    const merged =
      mode === 'replace' ? inc : [...entities(current, name).map((e) => byId.get(e.id) ?? e), ...inc.filter((e) => !have.has(e.id))]
    ;(next as Record<string, unknown>)[name] = structuredClone(merged)
  }
  next.profile = mode === 'replace' ? structuredClone(incoming.profile) : mergeProfile(current.profile, incoming.profile)
  next.settings = structuredClone(current.settings)
  // Promo choices: where wins were moved (a merge keeps yours and adds the file's) and the ladder.
  const prefs = structuredClone(incoming.promoPrefs ?? { placements: {} })
  next.promoPrefs =
    mode === 'replace'
      ? prefs
      : {
          placements: { ...current.promoPrefs?.placements, ...prefs.placements },
          ...((prefs.ladder ?? current.promoPrefs?.ladder) ? { ladder: structuredClone(prefs.ladder ?? current.promoPrefs!.ladder!) } : {})
        }
  const { repairs, errors } = repairLinks(current, next, (collection, e) => fileIds.get(collection)!.has(e.id))

  // Counted on the result, so the figures are what lands (repairs included).
  const collections = COLLECTIONS.map((name): CollectionChange => {
    const before = new Map(entities(current, name).map((e) => [e.id, e]))
    const inFile = fileIds.get(name)!
    let added = 0
    let replaced = 0
    let unchanged = 0
    let kept = 0
    for (const e of entities(next, name)) {
      const old = before.get(e.id)
      if (!old) added++
      else if (JSON.stringify(old) !== JSON.stringify(e)) replaced++
      else if (inFile.has(e.id)) unchanged++
      else kept++
    }
    return {
      name,
      label: COLLECTION_LABELS[name],
      existing: before.size,
      incoming: inFile.size,
      added,
      replaced,
      unchanged,
      removed: before.size - replaced - unchanged - kept
    }
  })

  const diff = <T extends object>(a: T, b: T, labels: Record<string, string>): ValueChange[] =>
    Object.keys(labels)
      .filter((k) => JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k]))
      .map((k) => ({
        key: k,
        label: labels[k]!,
        current: show((a as Record<string, unknown>)[k]),
        incoming: show((b as Record<string, unknown>)[k])
      }))

  const body = {
    mode,
    collections,
    profile: diff(current.profile, next.profile, PROFILE_LABELS),
    settings: diff(current.settings, incoming.settings, SETTING_LABELS),
    droppedKeys: dropped,
    repairs
  }
  const previewId = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22)
  return { summary: { ...body, previewId, profileChanges: body.profile.length > 0 }, next, errors }
}

/** The ticked settings taken from the file; every other setting stays yours. */
export function takeSettings(next: StoreData, incoming: StoreData, keys: readonly string[]): string[] {
  const taken: string[] = []
  for (const key of keys) {
    if (!(key in SETTING_LABELS)) continue
    ;(next.settings as Record<string, unknown>)[key] = (incoming.settings as Record<string, unknown>)[key]
    taken.push(key)
  }
  return taken
}
