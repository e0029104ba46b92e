import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { promoRoutes } from '../../../../shared/api/routes/promo'
import type { CoreDeps, RequestContext } from '../deps'

type PromoHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof promoRoutes>

export const promoHandlers = ({ services: { promo } }: CoreDeps): PromoHandlers => ({
  'promo.defaults': ({ targetLevel }) => promo.defaults(targetLevel),
  'promo.build': ({ packetId, settings }) => promo.build(settings, packetId),
  'promo.list': () => promo.list(),
  'promo.get': ({ id }) => promo.get(id),
  'promo.export': ({ id, format, version }) => promo.export(id, format, version),
  'promo.move': ({ packetId, winId, to }) => promo.move(packetId, winId, to),
  'promo.ladder': () => promo.ladder(),
  'promo.importLadder': (input) => promo.importLadder(input.format === 'reset' ? null : input)
})
