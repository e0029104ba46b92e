import type { z } from 'zod'
import { humanError } from '@shared/api/issues'

export type FormErrors = Record<string, string>
export type IssuePath = readonly PropertyKey[]

/**
 * A form over one of the shared schemas (src/shared/domain): the values a person edits, how
 * they become the route's input, and where each problem is shown. The core runs the same
 * schema, so what the form accepts is exactly what a save accepts.
 */
export interface ZodFormSpec<V, S extends z.ZodType> {
  schema: S
  /** Form values → the route's input (trimmed lists, empty → absent, and so on). */
  toInput(values: V): z.input<S>
  /**
   * Which input shows a problem at this path of the route's input, and in which words;
   * null drops it. Default: the same dotted path, the schema's message.
   */
  place?(path: IssuePath, message: string): [field: string, message: string] | null
  /** Rules only the form knows (a person must be picked before the schema can say anything useful). */
  check?(values: V): FormErrors
}

const defaultPlace = (path: IssuePath, message: string): [string, string] => [path.map(String).join('.'), message]

/** Every problem, joined per field (so none is hidden behind another), in the user's words. */
export function placeIssues<V, S extends z.ZodType>(
  spec: ZodFormSpec<V, S>,
  issues: readonly { path: IssuePath; message: string }[]
): FormErrors {
  const errors: Record<string, string[]> = {}
  for (const issue of issues) {
    const placed = (spec.place ?? defaultPlace)(issue.path, issue.message)
    if (!placed) continue
    const [field, message] = placed
    const list = (errors[field] ??= [])
    if (!list.includes(message)) list.push(message)
  }
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.join(' ')]))
}

export function validateWith<V, S extends z.ZodType>(spec: ZodFormSpec<V, S>, values: V): FormErrors {
  const own = spec.check?.(values) ?? {}
  const result = spec.schema.safeParse(spec.toInput(values), { error: humanError })
  const fromSchema = result.success ? {} : placeIssues(spec, result.error.issues)
  // The form's own rule says it better than the schema does about the same field.
  return { ...fromSchema, ...own }
}

/** The core's VALIDATION details (dotted paths of the route's input) placed like the form's own problems. */
export function placeServerFields<V, S extends z.ZodType>(
  spec: ZodFormSpec<V, S>,
  fields: Record<string, string>,
  prefix = ''
): FormErrors {
  const issues = Object.entries(fields).map(([path, message]) => ({
    path: (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path)
      .split('.')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    message
  }))
  return placeIssues(spec, issues)
}
