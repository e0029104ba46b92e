import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { goalsRoutes } from '../../../../shared/api/routes/goals'
import type { CoreDeps, RequestContext } from '../deps'

type GoalsHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof goalsRoutes>

export const goalsHandlers = ({ services: { profile } }: CoreDeps): GoalsHandlers => ({
  'goals.list': () => profile.listGoals(),
  'goals.create': (input) => profile.createGoal(input),
  'goals.update': ({ id, goal }) => profile.updateGoal(id, goal),
  'goals.delete': ({ id }) => profile.deleteGoal(id)
})
