import { AppError } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import type { StoreData } from '../../../../shared/domain/storeData'
import { winWrites } from '../wins/winsService'
import { personWrites } from '../people/peopleService'
import { checkInWrites } from '../checkins/checkInsService'
import { commitmentWrites } from '../commitments/commitmentsService'
import { profileWrites } from '../profile/profileService'
import { draftingWrites } from '../drafting/draftsService'
import { impactWrites } from '../impact/impactService'
import { promoWrites } from '../promo/promoService'
import { interviewWrites } from '../interview/interviewService'
import { todayIso } from '../../base/clock'
import { exportText, importTextOf, namedProblems, parseImport } from './dataTransfer'
import { planImport, takeSettings, type ImportMode } from './importPlan'
import { winsToMarkdown } from './winsMarkdown'

/** An export file as the import routes get it: its text, or (`.json.gz`) its bytes in base64. */
export type ImportFile = { text?: string; gzip?: string }

/**
 * An import lands in one save, each part through the room that owns it. Keys this version does
 * not know are left as they are in the file (planImport keeps them unchanged).
 */
function importThroughOwners(change: StoreChange, next: StoreData) {
  winWrites.importAll(change, next.wins)
  personWrites.importAll(change, next.people)
  checkInWrites.importAll(change, next.checkIns)
  commitmentWrites.importAll(change, next.commitments)
  profileWrites.importAll(change, next)
  draftingWrites.importAll(change, next)
  impactWrites.importAll(change, next.impactVersions)
  promoWrites.importAll(change, next)
  interviewWrites.importAll(change, next.interviewAttempts)
}

/** Moving all of it out and back in: the export file and its import (preview, then apply). */
export class DataTransferService {
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
    await this.store.change((change) => importThroughOwners(change, checked))
    return { summary, backupFile, settingsTaken }
  }
}
