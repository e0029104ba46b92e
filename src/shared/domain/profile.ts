import { z } from 'zod'
import { isoDate } from './common'

const field = (label: string, max = 200) => z.string().trim().max(max, `${label} must be at most ${max} characters.`).default('')
const list = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label} cannot be empty.`).max(200, `${label} must be at most 200 characters.`))
    .max(30, `At most 30 ${label.toLowerCase()}s.`)
    .default([])

/** Who the user is and where they want to go: step 4 of the loop needs this written down. */
export const profileSchema = z.strictObject({
  name: field('Your name'),
  role: field('Your role'),
  level: field('Your level', 80),
  company: field('Company'),
  targetRole: field('Target role'),
  targetLevel: field('Target level', 80),
  /** Empty when the user has not picked a date yet. */
  targetDate: z.union([isoDate, z.literal('')]).default(''),
  strengths: list('A strength'),
  growthAreas: list('A growth area')
})
export type Profile = z.infer<typeof profileSchema>
export type ProfileInput = z.input<typeof profileSchema>

export const emptyProfile = (): Profile => profileSchema.parse({})
