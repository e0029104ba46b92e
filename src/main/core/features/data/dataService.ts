import { randomUUID } from 'node:crypto'
import { winSchema, type WinInput } from '../../../../shared/domain/win'
import { historyEntries } from '../drafting/context/historyEntries'
import { AppError } from '../../base/errors'
import type { Store } from '../../store/Store'
import { parseBragDocument } from './bragImport'
import { todayIso } from '../../base/clock'
import { exportText, importTextOf, namedProblems, parseImport } from './dataTransfer'
import { planImport, takeSettings, type ImportMode } from './importPlan'
import { timelineView } from './timeline'
import { winsToMarkdown } from './winsMarkdown'

/** An export file as the import routes get it: its text, or (`.json.gz`) its bytes in base64. */
export type ImportFile = { text?: string; gzip?: string }

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

  /** The whole plan, or a VALIDATION error naming exactly what is wrong with the file. */
  private async plan(file: ImportFile, mode: ImportMode) {
    const unpacked = await importTextOf(file)
    if (!unpacked.ok) throw new AppError('VALIDATION', `Nothing was imported: ${unpacked.reason}`)
    const parsed = parseImport(unpacked.text, unpacked.limit)
    if (!parsed.ok)
      throw new AppError('VALIDATION', `Nothing was imported: ${parsed.reason}`, parsed.problems && { problems: parsed.problems })
    const plan = planImport(this.store.data, parsed.data, mode, parsed.dropped)
    if (plan.errors.length)
      throw new AppError(
        'VALIDATION',
        `Nothing was imported: some entries point at something that is not in the file and cannot be repaired. ${namedProblems(plan.errors)}`,
        { problems: plan.errors }
      )
    return { ...plan, incoming: parsed.data }
  }

  /** The dry run: every collection added, replaced or removed, settings offered, keys dropped, links repaired. Changes nothing. */
  async importPreview(file: ImportFile, mode: ImportMode) {
    return (await this.plan(file, mode)).summary
  }

  /**
   * Validate everything, build the complete result, take a backup of the current file, then
   * swap it in with one write. Any failure before the swap leaves the data exactly as it was.
   * Settings come from the file only when their key is in `settings` (ticked in the preview);
   * given the preview's id, nothing is applied unless it is still exactly what was shown.
   */
  async importApply(file: ImportFile, mode: ImportMode, options: { settings?: readonly string[]; previewId?: string } = {}) {
    const { summary, next, incoming } = await this.plan(file, mode)
    if (options.previewId !== undefined && options.previewId !== summary.previewId)
      throw new AppError(
        'CONFLICT',
        'Nothing was imported: your data changed since the preview was made. Look at the new preview, then import again.'
      )
    const offered = new Set(summary.settings.map((s) => s.key))
    const settingsTaken = takeSettings(
      next,
      incoming,
      (options.settings ?? []).filter((k) => offered.has(k))
    )
    // Every part of `next` is already validated (the file by parseImport, the rest is your data);
    // repairs only remove optional links. No second full parse on the path the person waits on.
    const checked = next
    const backupFile = await this.store.backups.take(JSON.stringify(this.store.data), 'pre-import')
    await this.store.update((data) => {
      for (const key of Object.keys(data)) delete (data as Record<string, unknown>)[key]
      Object.assign(data, checked)
    })
    return { summary, backupFile, settingsTaken }
  }

  bragPreview(markdown: string) {
    return parseBragDocument(markdown)
  }

  /** The reviewed candidates, saved together so a half-imported document never happens. */
  async bragSave(wins: (Omit<WinInput, 'date'> & { date?: string })[]) {
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
    return historyEntries(this.store.data, this.today(), (key) => this.store.version(key))
  }
}
