import { randomUUID } from 'node:crypto'
import { personSchema, type Person, type PersonInput, type PersonItem, type PERSON_ITEM_KINDS } from '../../../../shared/domain/person'
import { AppError, notFound } from '../../base/errors'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import { commitmentWrites } from '../commitments/commitmentsService'
import { cadenceState, type CadenceState } from './cadence'
import { todayIso } from '../../base/clock'
import { formatDay } from '../../../../shared/formatDay'

const ROLE_ORDER = { manager: 0, 'skip-level': 1, mentor: 2, other: 3 } as const

export interface PersonWithCadence {
  person: Person
  cadence: CadenceState
}

/** The people room owns `people`: the writes other rooms' changes ask of it (a check-in updates what was heard). */
export const personWrites = {
  save: (change: StoreChange, person: Person) => change.put('people', personSchema.parse(person)),
  importAll: (change: StoreChange, people: readonly Person[]) => change.replaceAll('people', people)
}

/**
 * What deleting a private goal or blocker asks of the check-ins' owner. Passed in (app/services.ts)
 * because the check-ins room already depends on this one: an import back would be a cycle.
 */
export interface HeardCopiesOwner {
  markHeardPrivate(change: StoreChange, itemId: string): void
}

/** Manager, skip-level, mentors: what they are trying to do, what blocks them, notes. */
export class PeopleService {
  constructor(
    private readonly store: Store,
    private readonly today: () => string = () => todayIso(),
    private readonly heardCopies: HeardCopiesOwner | null = null
  ) {}

  list(): Person[] {
    return [...this.store.data.people].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name))
  }

  get(id: string): Person {
    const person = this.store.find('people', id)
    if (!person) throw notFound('person', id)
    return person
  }

  /** The dashboard's people: an archived person (a former manager) keeps their history but has no next check-in. */
  withCadence(today: string = this.today()): PersonWithCadence[] {
    return this.list()
      .filter((person) => !person.archived)
      .map((person) => ({
        person,
        cadence: cadenceState(
          person.role,
          person.cadenceDays,
          this.store.data.checkIns.filter((c) => c.personId === person.id).map((c) => c.date),
          today
        )
      }))
  }

  async create(input: PersonInput): Promise<Person> {
    const at = new Date().toISOString()
    const person = personSchema.parse({ ...input, id: randomUUID(), items: [], createdAt: at, updatedAt: at })
    return this.store.put('people', person)
  }

  async update(id: string, input: PersonInput): Promise<Person> {
    const existing = this.get(id)
    const next = personSchema.parse({ ...existing, ...input, updatedAt: new Date().toISOString() })
    return this.replace(next)
  }

  /** Archive (or restore) a person: history stays; they leave the dashboard and the pickers. */
  async setArchived(id: string, archived: boolean): Promise<Person> {
    const existing = this.get(id)
    return this.replace({ ...existing, archived, updatedAt: new Date().toISOString() })
  }

  async delete(id: string): Promise<Person> {
    const existing = this.get(id)
    if (this.store.data.checkIns.some((c) => c.personId === id)) {
      throw new AppError(
        'CONFLICT',
        `${existing.name} has logged check-ins; archive them instead (history kept), or delete those check-ins first.`
      )
    }
    return this.store.change((change) => {
      change.remove('people', id)
      commitmentWrites.detachPerson(change, id)
      return existing
    })
  }

  async addItem(input: {
    personId: string
    kind: (typeof PERSON_ITEM_KINDS)[number]
    text: string
    date: string
    private: boolean
  }): Promise<Person> {
    const person = this.get(input.personId)
    const item: PersonItem = {
      id: randomUUID(),
      kind: input.kind,
      text: input.text,
      date: input.date,
      current: true,
      private: input.private
    }
    return this.replace({ ...person, items: [...person.items, item], updatedAt: new Date().toISOString() })
  }

  async updateItem(input: {
    personId: string
    itemId: string
    text?: string
    date?: string
    private?: boolean
    current?: boolean
  }): Promise<Person> {
    const person = this.get(input.personId)
    const item = person.items.find((i) => i.id === input.itemId)
    if (!item) throw notFound('note, goal or blocker', input.itemId)
    const next: PersonItem = { ...item }
    if (input.text !== undefined) next.text = input.text
    if (input.date !== undefined) next.date = input.date
    if (input.private !== undefined) next.private = input.private
    if (input.current !== undefined && input.current !== item.current) {
      next.current = input.current
      if (input.current) delete next.until
      else next.until = this.today()
    }
    if (next.until && next.until < next.date)
      throw new AppError(
        'VALIDATION',
        `"As heard on" (${formatDay(next.date)}) cannot be after the day it stopped being current (${formatDay(next.until)}).`
      )
    return this.replace({ ...person, items: person.items.map((i) => (i.id === item.id ? next : i)), updatedAt: new Date().toISOString() })
  }

  async removeItem(personId: string, itemId: string): Promise<Person> {
    const person = this.get(personId)
    const item = person.items.find((i) => i.id === itemId)
    if (!item) throw notFound('note, goal or blocker', itemId)
    const checked = personSchema.parse({
      ...person,
      items: person.items.filter((i) => i.id !== itemId),
      updatedAt: new Date().toISOString()
    })
    const copied = item.private && this.store.data.checkIns.some((c) => c.heard?.some((h) => h.itemId === itemId))
    if (copied && !this.heardCopies) throw new Error('PeopleService needs the check-ins owner to delete a private item a check-in heard')
    return this.store.change((change) => {
      change.put('people', checked)
      // A deleted private item leaves its mark on the check-ins' copies of it, in the same save.
      if (copied) this.heardCopies!.markHeardPrivate(change, itemId)
      return checked
    })
  }

  private replace(next: Person): Promise<Person> {
    return this.store.put('people', personSchema.parse(next))
  }
}
