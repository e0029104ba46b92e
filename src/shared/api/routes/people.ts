import { z } from 'zod'
import { route } from '../define'
import { byId, entityId, isoDate, noInput } from '../../domain/common'
import { personInputSchema, personItemInputSchema, personItemPatchSchema, personSchema } from '../../domain/person'

export const cadenceWarningSchema = z.object({ kind: z.enum(['overdue', 'too-rare', 'too-pushy', 'never']), message: z.string() })
export const cadenceStateSchema = z.object({
  cadenceDays: z.number().int().nullable(),
  lastCheckIn: isoDate.nullable(),
  nextDue: isoDate.nullable(),
  daysUntilDue: z.number().int().nullable(),
  warnings: z.array(cadenceWarningSchema)
})

export const peopleRoutes = {
  'people.list': route({
    summary: 'Manager, skip-level, mentors and others, manager first.',
    input: noInput,
    output: z.array(personSchema)
  }),
  'people.get': route({
    summary: 'One person with their goals, blockers and notes (history included).',
    input: byId,
    output: personSchema
  }),
  'people.create': route({ summary: 'Add a person you run the loop with.', input: personInputSchema, output: personSchema }),
  'people.update': route({
    summary: 'Change name, role, title or cadence (null = the default for the role).',
    input: z.strictObject({ id: entityId, person: personInputSchema }),
    output: personSchema
  }),
  'people.delete': route({ summary: 'Remove a person who has no logged check-ins.', input: byId, output: personSchema }),
  'people.archive': route({
    summary: 'Archive (archived: true) or restore a person: their history stays; they leave the dashboard and pickers.',
    input: z.strictObject({ id: entityId, archived: z.boolean({ error: 'Say whether to archive (true) or restore (false).' }) }),
    output: personSchema
  }),
  'people.addItem': route({
    summary: 'Add a goal or blocker "as heard on" a date, or a note; any can be private.',
    input: personItemInputSchema,
    output: personSchema
  }),
  'people.updateItem': route({
    summary: 'Edit text, "as heard on" date, private flag or current/past of a goal, blocker or note.',
    input: personItemPatchSchema,
    output: personSchema
  }),
  'people.removeItem': route({
    summary: 'Delete a goal, blocker or note.',
    input: z.strictObject({ personId: entityId, itemId: entityId }),
    output: personSchema
  }),
  'people.cadence': route({
    summary: 'Per person: next check-in due and the framework warnings (overdue, too rare, too pushy).',
    input: noInput,
    output: z.array(z.object({ person: personSchema, cadence: cadenceStateSchema }))
  }),
  'people.cadenceWarnings': route({
    summary: 'Warnings for a cadence before it is saved (more than a year: too rare; under ~a month: too pushy).',
    input: z.strictObject({ cadenceDays: z.number().int().nullable(), role: personInputSchema.shape.role }),
    output: z.array(cadenceWarningSchema)
  })
}
