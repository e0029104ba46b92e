import { slicePage } from '../../base/listPages'
import { VersionedCache } from '../../base/versionedCache'
import { randomUUID } from 'node:crypto'
import {
  commitmentSchema,
  OPEN_STATUSES,
  type Commitment,
  type CommitmentInput,
  type CommitmentStatus
} from '../../../../shared/domain/commitment'
import type { Win } from '../../../../shared/domain/win'
import { AppError, notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import { winWrites } from '../wins/winsService'
import { todayIso } from '../../base/clock'
import { historyOrderError, transitionError } from './commitmentLifecycle'
import { formatDay } from '../../../../shared/formatDay'

type ParsedInput = Omit<Commitment, 'id' | 'status' | 'history' | 'outcome' | 'createdAt' | 'updatedAt'>

/** Open ones first by due date (no due date last), then closed ones newest first. */
const order = (a: Commitment, b: Commitment) => {
  const openA = OPEN_STATUSES.includes(a.status)
  const openB = OPEN_STATUSES.includes(b.status)
  if (openA !== openB) return openA ? -1 : 1
  if (openA) return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt)
  return b.updatedAt.localeCompare(a.updatedAt)
}

/**
 * Commitment id → the wins it led to, in one pass (listing 1,000 commitments used to scan all
 * 10,000 wins for each one). CommitmentsService keeps it per version of the wins.
 */
export function linkIndex(wins: readonly Win[]): Map<string, Win[]> {
  const index = new Map<string, Win[]>()
  for (const w of wins) {
    if (!w.commitmentId) continue
    const linked = index.get(w.commitmentId)
    if (linked) linked.push(w)
    else index.set(w.commitmentId, [w])
  }
  return index
}

/** The commitments room owns `commitments`: the writes other rooms' changes ask of it. */
export const commitmentWrites = {
  add: (change: StoreChange, commitment: Commitment) => change.put('commitments', commitment),
  /** A deleted person: their commitments stay, unassigned. */
  detachPerson: (change: StoreChange, personId: string) => detach(change, (c) => c.personId === personId, 'personId'),
  /** A deleted check-in: the commitments made in it stay. */
  detachCheckIn: (change: StoreChange, checkInId: string) => detach(change, (c) => c.checkInId === checkInId, 'checkInId'),
  importAll: (change: StoreChange, commitments: readonly Commitment[]) => change.replaceAll('commitments', commitments)
}

function detach(change: StoreChange, matches: (c: Commitment) => boolean, field: 'personId' | 'checkInId') {
  for (const c of change.list('commitments')) {
    if (!matches(c)) continue
    const next = { ...c }
    delete next[field]
    change.put('commitments', next)
  }
}

/**
 * The commitment one lifecycle step later, not yet saved: an invalid move is CONFLICT with what
 * is possible instead, a day before the last step is VALIDATION. `today` when `on` is left out.
 */
export function transitioned(
  existing: Commitment,
  to: CommitmentStatus,
  options: { on?: string | undefined; outcome?: string | undefined },
  today: string
): Commitment {
  const error = transitionError(existing.status, to)
  if (error) throw new AppError('CONFLICT', error)
  const on = options.on ?? today
  const last = existing.history.at(-1)
  if (last && on < last.on)
    throw new AppError('VALIDATION', `The date must be on or after ${formatDay(last.on)}, when it became ${last.status}.`)
  return commitmentSchema.parse({
    ...existing,
    status: to,
    history: [...existing.history, { status: to, on }],
    outcome: options.outcome ?? existing.outcome,
    updatedAt: new Date().toISOString()
  })
}

/** "The one thing I'll do", from offer to delivery (or an honest drop). */
export class CommitmentsService {
  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => todayIso()
  ) {}

  private readonly sorted = new VersionedCache<Commitment[]>()
  private readonly links = new VersionedCache<Map<string, Win[]>>()

  list(filter: { personId?: string; open?: boolean } = {}): Commitment[] {
    return this.store.data.commitments
      .filter((c) => !filter.personId || c.personId === filter.personId)
      .filter((c) => filter.open === undefined || OPEN_STATUSES.includes(c.status) === filter.open)
      .sort(order)
  }

  page({ personId, open, offset, limit }: { personId?: string; open?: boolean; offset: number; limit: number }) {
    const sorted = this.sorted.get(
      this.store.versionKey('commitments'),
      () => this.list({ personId, open }),
      `${personId ?? ''}|${String(open)}`
    )
    const page = slicePage(sorted, offset, limit)
    return { ...page, items: page.items.map((c) => this.view(c)) }
  }

  get(id: string): Commitment {
    const found = this.store.find('commitments', id)
    if (!found) throw notFound('commitment', id)
    return found
  }

  /** The wins that came from a commitment: the other end of the chain. */
  linkedWins(id: string): Win[] {
    return [...(this.links.get(this.store.version('wins'), () => linkIndex(this.store.data.wins)).get(id) ?? [])]
  }

  view(c: Commitment): Commitment & { winIds: string[]; linkedWins: { id: string; title: string }[] } {
    const linked = this.linkedWins(c.id)
    return { ...c, winIds: linked.map((w) => w.id), linkedWins: linked.map((w) => ({ id: w.id, title: w.title })) }
  }

  private checkLinks(input: ParsedInput) {
    const d = this.store.data
    if (input.personId && !d.people.some((p) => p.id === input.personId))
      throw new AppError('NOT_FOUND', 'That person is no longer in your list.')
    if (input.checkInId && !d.checkIns.some((c) => c.id === input.checkInId)) throw new AppError('NOT_FOUND', 'That check-in was deleted.')
    if (input.serves?.kind === 'goal' && !d.goals.some((g) => g.id === input.serves!.id))
      throw new AppError('NOT_FOUND', 'The goal this commitment serves was deleted.')
    if (input.serves && input.serves.kind !== 'goal') {
      const kind = input.serves.kind === 'personGoal' ? 'goal' : 'blocker'
      if (!d.people.some((p) => p.items.some((i) => i.id === input.serves!.id && i.kind === kind)))
        throw new AppError('NOT_FOUND', `The ${kind} this commitment serves was removed.`)
    }
  }

  /** `proposedOn` is the user's day for the offer (back-filled history); today when left out. */
  async create(input: CommitmentInput | ParsedInput, proposedOn?: string): Promise<Commitment> {
    const at = new Date().toISOString()
    const commitment = commitmentSchema.parse({
      ...input,
      id: randomUUID(),
      status: 'proposed',
      history: [{ status: 'proposed', on: proposedOn ?? this.today() }],
      outcome: '',
      createdAt: at,
      updatedAt: at
    })
    this.checkLinks(commitment)
    return this.store.put('commitments', commitment)
  }

  /**
   * Correct a commitment: its fields, and optionally each step's day and the outcome. The steps
   * themselves stay (moving along is `transition`); only their days change, checked for order.
   */
  async update(
    id: string,
    input: ParsedInput,
    corrections: { history?: { status: CommitmentStatus; on: string }[]; outcome?: string } = {}
  ): Promise<Commitment> {
    const existing = this.get(id)
    const history = corrections.history ?? existing.history
    if (history.length !== existing.history.length || history.some((h, i) => h.status !== existing.history[i]!.status))
      throw new AppError('CONFLICT', 'The steps changed since you opened this commitment; reopen it and correct the dates again.')
    const orderError = historyOrderError(history)
    if (orderError) throw new AppError('VALIDATION', orderError)
    const next = commitmentSchema.parse({
      ...existing,
      ...input,
      serves: input.serves,
      dueDate: input.dueDate,
      history,
      outcome: corrections.outcome ?? existing.outcome,
      updatedAt: new Date().toISOString()
    })
    this.checkLinks(next)
    return this.replace(next)
  }

  /** Move along the lifecycle; an invalid move is CONFLICT with what is possible instead. */
  async transition(id: string, to: CommitmentStatus, options: { on?: string; outcome?: string } = {}): Promise<Commitment> {
    return this.replace(transitioned(this.get(id), to, options, this.today()))
  }

  async delete(id: string): Promise<Commitment> {
    const existing = this.get(id)
    return this.store.change((change) => {
      change.remove('commitments', id)
      // The wins stay; they just lose the link (through their owner, in the same save).
      winWrites.detachCommitment(change, id)
      return existing
    })
  }

  private replace(next: Commitment): Promise<Commitment> {
    return this.store.put('commitments', commitmentSchema.parse(next))
  }
}
