import { randomUUID } from 'node:crypto'
import { winSchema, type WinInput } from '../../../../shared/domain/win'
import { todayIso } from '../../base/clock'
import type { Store } from '../../store/Store'
import { winWrites } from '../wins/winsService'
import { parseBragDocument } from './bragImport'

/** A brag document in: candidates to review, then the reviewed wins saved through the wins room. */
export class BragImportService {
  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => todayIso()
  ) {}

  preview(markdown: string) {
    return parseBragDocument(markdown)
  }

  /** The reviewed candidates, saved together so a half-imported document never happens. */
  async save(wins: (Omit<WinInput, 'date'> & { date?: string })[]) {
    const at = new Date().toISOString()
    // An undated win keeps the day it was recorded only as a placeholder, marked undated so
    // every list shows "Undated" and sorts it last: never today's date passed off as when.
    const parsed = wins.map((w) =>
      winSchema.parse({
        ...w,
        ...(w.date ? {} : { date: this.today(), datePrecision: 'undated' }),
        id: randomUUID(),
        createdAt: at,
        updatedAt: at
      })
    )
    return this.store.change((change) => {
      for (const win of parsed) winWrites.save(change, win)
      return parsed
    })
  }
}
