import { randomUUID } from 'node:crypto'
import { storeDataSchema } from '../../../shared/domain/storeData'
import { winSchema, type WinInput } from '../../../shared/domain/win'
import { historyEntries } from '../context/historyEntries'
import { AppError } from '../errors'
import type { Store } from '../store/Store'
import { parseBragDocument } from './bragImport'
import { todayIso } from './clock'
import { exportText, mergeImport, parseImport, summarizeImport } from './dataTransfer'
import { timelineView } from './timeline'
import { winsToMarkdown } from './winsMarkdown'

/** Moving data out and back in, and the read-only views built over all of it. */
export class DataService {
  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => todayIso()
  ) {}

  exportAll() {
    return { fileName: `loopwise-export-${this.today()}.json`, text: exportText(this.store.data) }
  }

  exportWinsMarkdown() {
    return { fileName: `loopwise-wins-${this.today()}.md`, text: winsToMarkdown(this.store.data.wins) }
  }

  private parse(text: string) {
    const parsed = parseImport(text)
    if (!parsed.ok) throw new AppError('VALIDATION', `Nothing was imported: ${parsed.reason}`)
    return parsed.data
  }

  /** The dry run: what would be added, replaced or removed. Changes nothing. */
  importPreview(text: string, mode: 'replace' | 'merge') {
    return summarizeImport(this.store.data, this.parse(text), mode)
  }

  /**
   * Validate everything, build the complete result, take a backup of the current file, then
   * swap it in with one write. Any failure before the swap leaves the data exactly as it was.
   */
  async importApply(text: string, mode: 'replace' | 'merge') {
    const incoming = this.parse(text)
    const summary = summarizeImport(this.store.data, incoming, mode)
    const next = storeDataSchema.parse(mergeImport(this.store.data, incoming, mode))
    const backupFile = await this.store.backups.take(JSON.stringify(this.store.data), 'pre-import')
    await this.store.update((data) => {
      for (const key of Object.keys(data)) delete (data as Record<string, unknown>)[key]
      Object.assign(data, next)
    })
    return { summary, backupFile }
  }

  bragPreview(markdown: string) {
    return parseBragDocument(markdown, this.today())
  }

  /** The reviewed candidates, saved together so a half-imported document never happens. */
  async bragSave(wins: WinInput[]) {
    const at = new Date().toISOString()
    const parsed = wins.map((w) => winSchema.parse({ ...w, id: randomUUID(), createdAt: at, updatedAt: at }))
    return this.store.update((data) => {
      data.wins.push(...parsed)
      return parsed
    })
  }

  timeline(options: { quarter?: string; perLane?: number } = {}) {
    return timelineView(this.store.data, options)
  }

  /** What drafting may see: private notes, goals and blockers already removed. */
  contextEntries() {
    return historyEntries(this.store.data, this.today())
  }
}
