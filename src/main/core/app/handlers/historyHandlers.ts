import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { historyRoutes } from '../../../../shared/api/routes/history'
import type { CoreDeps, RequestContext } from '../deps'

type HistoryHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof historyRoutes>

export const historyHandlers = ({ services: { data, sample } }: CoreDeps): HistoryHandlers => ({
  'dashboard.timeline': (input) => data.timeline(input),
  'context.entries': () => data.contextEntries(),
  'data.export': () => data.exportAll(),
  'data.exportWinsMarkdown': () => data.exportWinsMarkdown(),
  'data.importPreview': ({ text, gzip, mode }) => data.importPreview({ text, gzip }, mode),
  'data.importApply': ({ text, gzip, mode, settings, previewId }) => data.importApply({ text, gzip }, mode, { settings, previewId }),
  'data.bragPreview': ({ markdown }) => data.bragPreview(markdown),
  'data.bragSave': ({ wins }) => data.bragSave(wins),
  'sample.status': () => sample.status(),
  'sample.enter': () => sample.enter(),
  'sample.leave': () => sample.leave()
})
