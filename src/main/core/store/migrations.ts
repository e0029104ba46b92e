import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/storeData'

type Json = Record<string, unknown>

/**
 * Pure functions, one per version step: migrations[n] turns a version-n file into n+1.
 * Never touch disk here; the store backs up before calling migrate().
 */
export const migrations: Record<number, (data: Json) => Json> = {
  // v1 (the first preview) kept a win's outcome in `result` and metrics as free text.
  1: (data) => ({
    ...data,
    schemaVersion: 2,
    wins: asArray(data.wins).map((raw) => {
      const { result, metrics, ...rest } = raw as Json
      return {
        ...rest,
        impact: typeof rest.impact === 'string' ? rest.impact : typeof result === 'string' ? result : '',
        metrics: Array.isArray(metrics) ? metrics : [],
        ...(typeof metrics === 'string' && metrics.trim() ? { impact: joinText(typeof result === 'string' ? result : '', metrics) } : {})
      }
    })
  }),
  // v2 dated goals by createdAt (when typed); v3 gives each its own "since" and "achieved on".
  2: (data) => ({
    ...data,
    schemaVersion: 3,
    goals: asArray(data.goals).map((raw) => {
      const g = raw as Json
      const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : undefined)
      return {
        ...g,
        since: typeof g.since === 'string' ? g.since : day(g.createdAt),
        ...(g.status === 'achieved' && typeof g.achievedOn !== 'string' && day(g.updatedAt) ? { achievedOn: day(g.updatedAt) } : {})
      }
    })
  }),
  // v4 lets a check-in record which person item each goal/blocker copy came from (`heard`,
  // optional). Nothing to change in a v3 file; the step exists so that an older build meets a
  // v4 file as "newer" (read-only) instead of as a file of the wrong shape to recover from.
  3: (data) => ({ ...data, schemaVersion: 4 })
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const joinText = (a: string, b: string) => (a ? `${a}\n${b}` : b)

export type MigrationOutcome =
  | { kind: 'current'; data: Json }
  | { kind: 'migrated'; from: number; data: Json }
  | { kind: 'newer'; version: number; data: Json }
  | { kind: 'invalid'; reason: string }

export function readSchemaVersion(data: unknown): number | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null
  const v = (data as Json).schemaVersion
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null
}

export function migrate(data: unknown): MigrationOutcome {
  const version = readSchemaVersion(data)
  if (version === null) return { kind: 'invalid', reason: 'no valid schemaVersion' }
  let current = data as Json
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version, data: current }
  if (version === CURRENT_SCHEMA_VERSION) return { kind: 'current', data: current }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v]
    if (!step) return { kind: 'invalid', reason: `no migration from version ${v}` }
    current = step(current)
  }
  return { kind: 'migrated', from: version, data: current }
}
