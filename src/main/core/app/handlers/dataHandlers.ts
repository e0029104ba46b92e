import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { dataRoutes } from '../../../../shared/api/routes/data'
import type { CoreDeps, RequestContext } from '../deps'

type DataHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof dataRoutes>

export const dataHandlers = ({ services: { data, brag } }: CoreDeps): DataHandlers => ({
  'data.export': () => data.exportAll(),
  'data.exportWinsMarkdown': () => data.exportWinsMarkdown(),
  'data.importPreview': ({ text, gzip, mode }) => data.importPreview({ text, gzip }, mode),
  'data.importApply': ({ text, gzip, mode, settings, previewId }) => data.importApply({ text, gzip }, mode, { settings, previewId }),
  'data.bragPreview': ({ markdown }) => brag.preview(markdown),
  'data.bragSave': ({ wins }) => brag.save(wins)
})
