import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { sampleRoutes } from '../../../../shared/api/routes/sample'
import type { CoreDeps, RequestContext } from '../deps'

type SampleHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof sampleRoutes>

export const sampleHandlers = ({ services: { sample } }: CoreDeps): SampleHandlers => ({
  'sample.status': () => sample.status(),
  'sample.enter': () => sample.enter(),
  'sample.leave': () => sample.leave()
})
