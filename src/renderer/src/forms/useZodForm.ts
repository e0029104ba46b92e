/* eslint-disable @typescript-eslint/no-explicit-any -- Mantine types form values as Record<string, any> */
import { useForm, type UseFormReturnType } from '@mantine/form'
import type { z } from 'zod'
import { ApiError } from '../api/client'
import { limitAt, type FieldLimit } from './schemaLimits'
import { placeServerFields, validateWith, type ZodFormSpec } from './zodForm'

/** The key of a problem that belongs to no single input (a failed save, a conflict). */
export const FORM_ERROR = '_form'

export interface ZodForm<V extends Record<string, any>, S extends z.ZodType> {
  form: UseFormReturnType<V>
  /** The schema's limit at a path of the route's input ("checkIn.notes"). */
  limit(inputPath: string): FieldLimit
  /** A submit handler: validates with the schema, then runs `run`; a failed save keeps every value and shows why. */
  save(run: (input: z.input<S>, values: V) => Promise<unknown>): (event?: React.FormEvent<HTMLFormElement>) => void
}

/** Focus the first input marked invalid, in reading order, so the keyboard lands where the work is. */
const focusFirstInvalid = (formElement: HTMLFormElement | null | undefined) =>
  requestAnimationFrame(() => formElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())

/**
 * A Mantine form over a shared zod schema: the field with a problem is highlighted with its
 * message under it (every message, not the first), and the core's own VALIDATION answer lands
 * in the same places. Validation runs on submit, not on blur: a message appearing on blur moves
 * the layout under a pointer that is on its way to a button.
 */
export function useZodForm<V extends Record<string, any>, S extends z.ZodType>(options: {
  /** Unique on the page: inputs are found by it (data-path) to focus them. */
  name: string
  initialValues: V
  spec: ZodFormSpec<V, S>
  /** Where the spec's schema sits in the route's input, for the core's answers ("person." for people.update). */
  serverPrefix?: string
}): ZodForm<V, S> {
  const { spec } = options
  const form = useForm<V>({
    name: options.name,
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: (values) => validateWith(spec, values)
  })

  const save: ZodForm<V, S>['save'] = (run) => (event) => {
    const formElement = event?.currentTarget
    form.onSubmit(
      async (values) => {
        try {
          await run(spec.toInput(values), values)
        } catch (error) {
          // Everything typed stays; the reason goes where it belongs.
          const message = error instanceof Error ? error.message : String(error)
          const fields =
            error instanceof ApiError && error.code === 'VALIDATION' ? placeServerFields(spec, error.fieldErrors, options.serverPrefix) : {}
          form.setErrors({ ...fields, [FORM_ERROR]: message })
          focusFirstInvalid(formElement)
        }
      },
      () => focusFirstInvalid(formElement)
    )(event)
  }

  return { form, limit: (inputPath) => limitAt(spec.schema, inputPath), save }
}
