import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { draftingRoutes } from '../../../../shared/api/routes/drafting'
import type { CoreDeps, RequestContext } from '../deps'

type DraftingHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof draftingRoutes>

export const draftingHandlers = ({ services: { drafting, drafts } }: CoreDeps): DraftingHandlers => ({
  'drafts.kinds': () => drafting.kinds(),
  'drafts.preview': ({ kind, params }) => drafting.preview(kind, params),
  'drafts.start': ({ kind, params, runId }) => drafting.start(kind, params, runId),
  'drafts.stop': ({ runId }) => drafting.stop(runId),
  'drafts.result': ({ runId }) => drafting.result(runId),
  'drafts.checkNumbers': ({ text, runId }) => drafting.checkNumbers(text, runId),
  'drafts.list': () => drafts.list(),
  'drafts.page': (input) => drafts.page(input),
  'drafts.get': ({ id }) => drafts.get(id),
  'drafts.save': (input) => drafts.save(input),
  'drafts.delete': ({ id }) => drafts.delete(id)
})
