import { randomUUID } from 'node:crypto'
import type { ImpactRewrite, ImpactStrength, ImpactVersion } from '../../../../shared/domain/impact'
import { winSchema, type Win } from '../../../../shared/domain/win'
import { notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import type { StoreData } from '../../../../shared/domain/storeData'
import { winWrites } from '../wins/winsService'
import { impactStrength, rewriteImpact, type LinkedCommitment } from './impactRewrite'
import { VersionedCache } from '../../base/versionedCache'

type StrengthRow = { winId: string; strength: ImpactStrength }
const rows = new WeakMap<Win, StrengthRow>()
/** A win's strength row, built once per win object (a changed win is a new object). */
export function strengthRow(win: Win): StrengthRow {
  let row = rows.get(win)
  if (!row) rows.set(win, (row = { winId: win.id, strength: impactStrength(win) }))
  return row
}

/**
 * Impact rewrites of wins. Applying one changes the win's impact text and records the
 * previous text in `impactVersions` in the same write, so every rewrite can be undone and
 * the win schema (shared with other features) stays as it is.
 */
/** The impact room owns `impactVersions`: what an import asks of it. */
export const impactWrites = {
  importAll: (change: StoreChange, versions: StoreData['impactVersions']) => change.replaceAll('impactVersions', versions)
}

export class ImpactService {
  constructor(private readonly store: Store) {}

  private win(id: string): Win {
    const win = this.store.data.wins.find((w) => w.id === id)
    if (!win) throw notFound('win', id)
    return win
  }

  private commitmentOf(win: Win): LinkedCommitment | undefined {
    if (!win.commitmentId) return undefined
    return this.store.data.commitments.find((c) => c.id === win.commitmentId)
  }

  /**
   * One row per win, the same row object while the win object is the same: the route's output
   * check remembers a checked row by its object, so a repeated call checks nothing again. The
   * whole list is kept per wins version.
   */
  strengths(): StrengthRow[] {
    return this.strengthRows.get(this.store.version('wins'), () => this.store.data.wins.map(strengthRow))
  }

  private readonly strengthRows = new VersionedCache<StrengthRow[]>(1)

  rewrite(winId: string): ImpactRewrite {
    const win = this.win(winId)
    return rewriteImpact(win, this.commitmentOf(win))
  }

  history(winId: string): ImpactVersion[] {
    this.win(winId)
    return this.store.data.impactVersions.filter((v) => v.winId === winId).sort((a, b) => b.at.localeCompare(a.at))
  }

  apply(winId: string, text: string, form: ImpactVersion['form']): Promise<{ win: Win; version: ImpactVersion }> {
    const existing = this.win(winId)
    const at = new Date().toISOString()
    const next = winSchema.parse({ ...existing, impact: text, updatedAt: at })
    const version: ImpactVersion = { id: randomUUID(), winId, at, previous: existing.impact, next: text, form }
    // One save: the win (through its owner) and the version that can revert it.
    return this.store.change((change) => {
      winWrites.save(change, next)
      change.put('impactVersions', version)
      return { win: next, version }
    })
  }

  revert(versionId: string): Promise<{ win: Win; version: ImpactVersion }> {
    const version = this.store.data.impactVersions.find((v) => v.id === versionId)
    if (!version) throw notFound('impact version', versionId)
    return this.apply(version.winId, version.previous, 'revert')
  }
}
