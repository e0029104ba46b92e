import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { impactRoutes } from '../../../../shared/api/routes/impact'
import type { CoreDeps, RequestContext } from '../deps'

type ImpactHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof impactRoutes>

export const impactHandlers = ({ services: { impact } }: CoreDeps): ImpactHandlers => ({
  'impact.strengths': () => impact.strengths(),
  'impact.rewrite': ({ winId }) => impact.rewrite(winId),
  'impact.apply': ({ winId, text, form }) => impact.apply(winId, text, form),
  'impact.history': ({ winId }) => impact.history(winId),
  'impact.revert': ({ versionId }) => impact.revert(versionId)
})
