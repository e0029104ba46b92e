import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { profileRoutes } from '../../../../shared/api/routes/profile'
import type { CoreDeps, RequestContext } from '../deps'

type ProfileHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof profileRoutes>

export const profileHandlers = ({ services: { profile } }: CoreDeps): ProfileHandlers => ({
  'profile.get': () => profile.get(),
  'profile.update': ({ profile: input }) => profile.update(input)
})
