import { todayIso } from '../../base/clock'
import type { Store } from '../../store/Store'
import { historyEntries } from '../drafting/context/historyEntries'
import { TIMELINE_READS, timelineView } from './timeline'

/** Read-only views over the whole history: the dashboard's loop timeline and the context entries. */
export class HistoryViews {
  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => todayIso()
  ) {}

  timeline(options: { quarter?: string; perLane?: number } = {}) {
    return timelineView(this.store.data, options, this.store.versionKey(...TIMELINE_READS))
  }

  /** What drafting may see: private notes, goals and blockers already removed. */
  contextEntries() {
    return historyEntries(this.store.data, this.today())
  }
}
