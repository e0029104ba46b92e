import type { CheckInPrefill } from '@shared/domain/loop'
import { logCheckInSchema, type CheckIn, type LogCheckInInput } from '@shared/domain/checkIn'
import type { Person } from '@shared/domain/person'
import type { FormErrors, IssuePath, ZodFormSpec } from '../../../forms/zodForm'

/** What the check-in form edits; lists are typed one per line, the commitment rides along. */
export interface CheckInFormValues {
  personId: string | null
  date: string
  howAmIDoing: string
  theirGoals: string
  theirBlockers: string
  offer: string
  goalIds: string[]
  myAsk: string
  theirAnswer: string
  notes: string
  notesPrivate: boolean
  withCommitment: boolean
  commitTitle: string
  due: string
  /** "kind|ref": their goal or blocker by text, or one of your goals by id. */
  serves: string | null
}

export const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

const currentItems = (person: Person | undefined, kind: 'goal' | 'blocker') =>
  (person?.items ?? [])
    .filter((i) => i.kind === kind && i.current)
    .map((i) => i.text)
    .join('\n')

/** A new conversation: from an agenda's prefill, or from what was heard last time (edit rather than retype). */
export function initialCheckIn(person: Person | undefined, today: string, prefill?: CheckInPrefill): CheckInFormValues {
  return {
    personId: person?.id ?? null,
    date: prefill?.date ?? today,
    howAmIDoing: prefill?.howAmIDoing ?? '',
    theirGoals: prefill ? prefill.theirGoals.join('\n') : currentItems(person, 'goal'),
    theirBlockers: prefill ? prefill.theirBlockers.join('\n') : currentItems(person, 'blocker'),
    offer: prefill?.offer ?? '',
    goalIds: prefill?.goalIds ?? [],
    myAsk: prefill?.myAsk ?? '',
    theirAnswer: '',
    notes: prefill?.notes ?? '',
    notesPrivate: false,
    withCommitment: true,
    commitTitle: prefill?.offer ?? '',
    due: '',
    serves: prefill?.serves ? `${prefill.serves.kind}|${prefill.serves.text}` : null
  }
}

/** An existing conversation, to correct: every field as saved; its commitment is edited on its own card. */
export function checkInValues(c: CheckIn): CheckInFormValues {
  return {
    personId: c.personId,
    date: c.date,
    howAmIDoing: c.howAmIDoing,
    theirGoals: c.theirGoals.join('\n'),
    theirBlockers: c.theirBlockers.join('\n'),
    offer: c.offer,
    goalIds: c.goalIds,
    myAsk: c.myAsk,
    theirAnswer: c.theirAnswer,
    notes: c.notes,
    notesPrivate: c.notesPrivate,
    withCommitment: false,
    commitTitle: '',
    due: '',
    serves: null
  }
}

export function toLogCheckIn(v: CheckInFormValues): LogCheckInInput {
  const cut = v.serves ? v.serves.indexOf('|') : -1
  const serves =
    v.serves && cut > 0 ? { kind: v.serves.slice(0, cut) as 'goal' | 'personGoal' | 'blocker', ref: v.serves.slice(cut + 1) } : null
  return {
    checkIn: {
      personId: v.personId ?? '',
      date: v.date,
      howAmIDoing: v.howAmIDoing,
      theirGoals: lines(v.theirGoals),
      theirBlockers: lines(v.theirBlockers),
      offer: v.offer,
      myAsk: v.myAsk,
      theirAnswer: v.theirAnswer,
      goalIds: v.goalIds,
      notes: v.notes,
      notesPrivate: v.notesPrivate
    },
    ...(v.withCommitment && v.commitTitle.trim()
      ? { commitment: { title: v.commitTitle, ...(v.due ? { dueDate: v.due } : {}), ...(serves ? { serves } : {}) } }
      : {})
  }
}

/** Where the route's paths show on the form: checkIn.x → x; a line of a list → that list, naming the line. */
function place(path: IssuePath, message: string): [string, string] | null {
  const [group, field, index] = path
  if (group === 'checkIn' && typeof field === 'string') {
    return [
      field,
      typeof index === 'number' && (field === 'theirGoals' || field === 'theirBlockers') ? `Line ${index + 1}: ${message}` : message
    ]
  }
  if (group === 'commitment') {
    if (field === 'dueDate') return ['due', message]
    if (field === 'serves') return ['serves', message]
    return ['commitTitle', message]
  }
  return null
}

function check(v: CheckInFormValues): FormErrors {
  return v.personId ? {} : { personId: 'Pick who the conversation was with.' }
}

export const checkInFormSpec: ZodFormSpec<CheckInFormValues, typeof logCheckInSchema> = {
  schema: logCheckInSchema,
  toInput: toLogCheckIn,
  place,
  check
}

/** Names for the problems list (the same words as the inputs' labels). */
export const CHECK_IN_LABELS: Record<string, string> = {
  personId: 'With',
  date: 'Date',
  howAmIDoing: 'What they said about my work',
  theirGoals: 'What are they trying to do?',
  theirBlockers: 'What is blocking them?',
  offer: 'The one thing',
  goalIds: 'Your goals discussed',
  myAsk: 'What I asked for',
  theirAnswer: 'Their answer',
  notes: 'Notes',
  commitTitle: 'Commitment',
  due: 'Due',
  serves: 'It serves'
}
