import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { impactRoutes } from '../../../../shared/api/routes/impact'
import type { interviewRoutes } from '../../../../shared/api/routes/interview'
import type { promoRoutes } from '../../../../shared/api/routes/promo'
import type { CoreDeps, RequestContext } from '../deps'

type ImpactHandlers = Pick<
  Handlers<AppContract, RequestContext>,
  keyof typeof impactRoutes | keyof typeof promoRoutes | keyof typeof interviewRoutes
>

/** Impact rewrites, promo packets and interview rehearsal: one-liners into their services. */
export const impactHandlers = ({ services: { impact, promo, interview } }: CoreDeps): ImpactHandlers => ({
  'impact.strengths': () => impact.strengths(),
  'impact.rewrite': ({ winId }) => impact.rewrite(winId),
  'impact.apply': ({ winId, text, form }) => impact.apply(winId, text, form),
  'impact.history': ({ winId }) => impact.history(winId),
  'impact.revert': ({ versionId }) => impact.revert(versionId),
  'promo.defaults': ({ targetLevel }) => promo.defaults(targetLevel),
  'promo.build': ({ packetId, settings }) => promo.build(settings, packetId),
  'promo.list': () => promo.list(),
  'promo.get': ({ id }) => promo.get(id),
  'promo.export': ({ id, format, version }) => promo.export(id, format, version),
  'promo.move': ({ packetId, winId, to }) => promo.move(packetId, winId, to),
  'promo.ladder': () => promo.ladder(),
  'promo.importLadder': (input) => promo.importLadder(input.format === 'reset' ? null : input),
  'interview.questions': (input) => interview.questions(input),
  'interview.submit': (input) => interview.submit(input),
  'interview.attempts': ({ questionId }) => interview.attempts(questionId),
  'interview.improve': (input) => interview.improve(input)
})
