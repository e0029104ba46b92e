import type { z } from 'zod'

/**
 * Validation problems in a person's words. The domain schemas carry their own sentences ("A name
 * is required."); these cover what zod says by default (a wrong type, an unknown field), naming
 * the field the way a person would. Used by the core for every route and by the renderer's forms,
 * so every client gets the same words and never a field path.
 */

const words = (key: string) =>
  key
    .replace(/Ids?$/, (m) => (m === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim()

/** ['checkIn', 'theirGoals', 2] → "their goals (item 3)"; [] → "" (the whole input). */
export function fieldName(path: readonly PropertyKey[]): string {
  const last = path.findLastIndex((p) => typeof p === 'string')
  if (last < 0) return ''
  const name = words(String(path[last]))
  const index = path.slice(last + 1).find((p) => typeof p === 'number')
  return index === undefined ? name : `${name} (item ${index + 1})`
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
  bigint: 'a number'
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const limit = (n: number | bigint) => Number(n).toLocaleString('en-US')
const unitOf = (origin: string, n: number | bigint) =>
  origin === 'string'
    ? ` character${Number(n) === 1 ? '' : 's'}`
    : origin === 'array' || origin === 'set'
      ? ` item${Number(n) === 1 ? '' : 's'}`
      : ''

/** The sentence for one issue that its schema left without a message. */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  const name = fieldName(issue.path ?? [])
  const subject = name ? upper(name) : 'The input'
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return name ? `${subject} is required.` : 'Something is missing.'
      return `${subject} must be ${KINDS[issue.expected] ?? issue.expected}.`
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? `${subject} is required.`
        : `${subject} must be at least ${limit(issue.minimum)}${unitOf(issue.origin, issue.minimum)}.`
    case 'too_big':
      return `${subject} must be at most ${limit(issue.maximum)}${unitOf(issue.origin, issue.maximum)}.`
    case 'invalid_value':
      return `${subject} must be one of: ${issue.values.map((v) => String(v)).join(', ')}.`
    case 'invalid_format':
      return `${subject} is not a valid ${issue.format === 'datetime' ? 'date and time' : issue.format}.`
    case 'unrecognized_keys':
      return `Loopwise does not know ${issue.keys.length === 1 ? 'the field' : 'the fields'} ${issue.keys.map((k) => `“${k}”`).join(', ')}${name ? ` in ${name}` : ''}.`
    case 'not_multiple_of':
      return `${subject} must be a multiple of ${String(issue.divisor)}.`
    default:
      return `${subject} is not valid.`
  }
}

/** For `schema.safeParse(input, { error: humanError })`: schema messages win, this fills the rest. */
export const humanError: z.core.$ZodErrorMap = (issue) => describeIssue(issue)

export interface FieldIssue {
  /** Where, for putting the message under its input (dotted, e.g. "checkIn.date"); never shown. */
  path: string
  message: string
}

/** Every problem in one message (the first three in full), plus each one by field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): { message: string; fields: FieldIssue[] } {
  const fields = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  const unique = [...new Set(fields.map((f) => f.message))]
  if (unique.length === 0) return { message: 'Something in the input is not valid.', fields }
  const shown = unique.slice(0, 3).join(' ')
  const more = unique.length - 3
  return { message: more > 0 ? `${shown} And ${more} more ${more === 1 ? 'problem' : 'problems'}.` : shown, fields }
}
