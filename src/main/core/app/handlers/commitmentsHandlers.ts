import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { commitmentsRoutes } from '../../../../shared/api/routes/commitments'
import type { CoreDeps, RequestContext } from '../deps'

type CommitmentsHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof commitmentsRoutes>

export const commitmentsHandlers = ({ services: { commitments } }: CoreDeps): CommitmentsHandlers => ({
  'commitments.list': (input) => commitments.list(input).map((c) => commitments.view(c)),
  'commitments.page': (input) => commitments.page(input),
  'commitments.get': ({ id }) => commitments.view(commitments.get(id)),
  'commitments.create': async ({ proposedOn, ...input }) => commitments.view(await commitments.create(input, proposedOn)),
  'commitments.update': async ({ id, commitment, history, outcome }) =>
    commitments.view(await commitments.update(id, commitment, { history, outcome })),
  'commitments.transition': async ({ id, to, on, outcome }) => commitments.view(await commitments.transition(id, to, { on, outcome })),
  'commitments.delete': ({ id }) => commitments.delete(id)
})
