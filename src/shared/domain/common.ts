import { z } from 'zod'

/** A calendar day as typed by a person: YYYY-MM-DD, checked to be a real date. */
export const isoDate = z
  .string()
  // Each check stops the rest: an empty date is one problem, not three.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-03-14.', abort: true })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
    },
    { message: 'That day does not exist on the calendar.', abort: true }
  )
  .refine((s) => s >= '1950-01-01' && s <= '2100-12-31', 'Pick a date between 1950 and 2100.')

export const timestamp = z.iso.datetime({ offset: true })
export const entityId = z.string().min(1, 'An id is required.').max(64, 'That id is too long.')

export const shortText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`)
export const longText = (label: string, max = 20_000) =>
  z.string().max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`)

export const noInput = z.strictObject({})
export const byId = z.strictObject({ id: entityId })
