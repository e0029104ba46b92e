import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { peopleRoutes } from '../../../../shared/api/routes/people'
import type { CoreDeps, RequestContext } from '../deps'
import { cadenceSettingWarnings, effectiveCadence } from '../../features/people/cadence'

type PeopleHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof peopleRoutes>

export const peopleHandlers = ({ services: { people } }: CoreDeps): PeopleHandlers => ({
  'people.list': () => people.list(),
  'people.get': ({ id }) => people.get(id),
  'people.create': (input) => people.create(input),
  'people.update': ({ id, person }) => people.update(id, person),
  'people.delete': ({ id }) => people.delete(id),
  'people.archive': ({ id, archived }) => people.setArchived(id, archived),
  'people.addItem': (input) => people.addItem(input),
  'people.updateItem': (input) => people.updateItem(input),
  'people.removeItem': ({ personId, itemId }) => people.removeItem(personId, itemId),
  'people.cadence': () => people.withCadence(),
  'people.cadenceWarnings': ({ cadenceDays, role }) => cadenceSettingWarnings(effectiveCadence(role, cadenceDays))
})
