import { randomUUID } from 'node:crypto'
import { goalSchema, type Goal, type GoalInput } from '../../../../shared/domain/goal'
import { profileSchema, type Profile, type ProfileInput } from '../../../../shared/domain/profile'
import { AppError, notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import type { StoreData } from '../../../../shared/domain/storeData'
import { todayIso } from '../../base/clock'
import { formatDay } from '../../../../shared/formatDay'

const GOAL_ORDER = { active: 0, paused: 1, achieved: 2, dropped: 3 } as const

/** The user's profile and their own goals (what step 4 of the loop asks help with). */
/** The profile room owns `profile` and `goals`: what an import asks of it. */
export const profileWrites = {
  importAll(change: StoreChange, data: Pick<StoreData, 'profile' | 'goals'>) {
    change.set('profile', data.profile)
    change.replaceAll('goals', data.goals)
  }
}

export class ProfileService {
  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => todayIso()
  ) {}

  /** The user's dates, checked only for order: achieved on or after "since"; the day defaults to today. */
  private dated(input: GoalInput, existing?: Goal): Pick<Goal, 'since' | 'achievedOn'> {
    const since = input.since ?? existing?.since ?? this.today()
    const status = input.status ?? 'active'
    const achievedOn = status === 'achieved' ? (input.achievedOn ?? existing?.achievedOn ?? this.today()) : undefined
    if (achievedOn && achievedOn < since)
      throw new AppError('VALIDATION', `"Achieved on" (${formatDay(achievedOn)}) cannot be before "since" (${formatDay(since)}).`)
    return { since, achievedOn }
  }

  get(): Profile {
    return this.store.data.profile
  }

  async update(input: ProfileInput): Promise<Profile> {
    const next = profileSchema.parse(input)
    return this.store.change((change) => {
      change.set('profile', next)
      return next
    })
  }

  listGoals(): Goal[] {
    return [...this.store.data.goals].sort(
      (a, b) => GOAL_ORDER[a.status] - GOAL_ORDER[b.status] || a.since.localeCompare(b.since) || a.createdAt.localeCompare(b.createdAt)
    )
  }

  getGoal(id: string): Goal {
    const goal = this.store.data.goals.find((g) => g.id === id)
    if (!goal) throw notFound('goal', id)
    return goal
  }

  async createGoal(input: GoalInput): Promise<Goal> {
    const at = new Date().toISOString()
    const goal = goalSchema.parse({ ...input, ...this.dated(input), id: randomUUID(), createdAt: at, updatedAt: at })
    return this.store.put('goals', goal)
  }

  async updateGoal(id: string, input: GoalInput): Promise<Goal> {
    const existing = this.getGoal(id)
    const next = goalSchema.parse({
      ...input,
      ...this.dated(input, existing),
      id,
      createdAt: existing.createdAt,
      updatedAt: new Date().toISOString()
    })
    return this.store.put('goals', next)
  }

  async deleteGoal(id: string): Promise<Goal> {
    const existing = this.getGoal(id)
    await this.store.remove('goals', id)
    return existing
  }
}
