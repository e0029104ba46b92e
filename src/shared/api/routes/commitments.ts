import { z } from 'zod'
import { route } from '../define'
import { byId, entityId, isoDate, longText } from '../../domain/common'
import { pageInput, pageOf } from '../paging'
import { COMMITMENT_STATUSES, commitmentInputSchema, commitmentSchema, commitmentStepSchema } from '../../domain/commitment'

/** A commitment with the wins it led to: the chain is visible from both ends. */
export const commitmentViewSchema = commitmentSchema.extend({
  winIds: z.array(z.string()),
  /** The wins it led to, with what a card shows: the Loop page need not load every win. */
  linkedWins: z.array(z.object({ id: z.string(), title: z.string() }))
})

export const commitmentsRoutes = {
  'commitments.list': route({
    summary: 'Commitments: open ones by due date first; filter by person or open/closed.',
    input: z.strictObject({ personId: entityId.optional(), open: z.boolean().optional() }),
    output: z.array(commitmentViewSchema)
  }),
  'commitments.page': route({
    summary:
      'One page of commitments (open ones by due date first), filtered like commitments.list, with the total: what the Commitments list asks for as it scrolls.',
    input: z.strictObject({ personId: entityId.optional(), open: z.boolean().optional(), ...pageInput }),
    output: pageOf(commitmentViewSchema)
  }),
  'commitments.get': route({ summary: 'One commitment with its linked wins.', input: byId, output: commitmentViewSchema }),
  'commitments.create': route({
    summary: 'Record something you offered to do (starts as proposed, on `proposedOn` or today).',
    input: commitmentInputSchema.extend({ proposedOn: isoDate.optional() }),
    output: commitmentViewSchema
  }),
  'commitments.update': route({
    summary: "Edit title, detail, links and due date; optionally each step's date (checked for order) and the outcome.",
    input: z.strictObject({
      id: entityId,
      commitment: commitmentInputSchema,
      history: z.array(commitmentStepSchema).max(10).optional(),
      outcome: longText('Outcome', 4000).optional()
    }),
    output: commitmentViewSchema
  }),
  'commitments.transition': route({
    summary: 'proposed → accepted → in progress → delivered | dropped; an invalid move is CONFLICT.',
    input: z.strictObject({
      id: entityId,
      to: z.enum(COMMITMENT_STATUSES, { error: 'Choose proposed, accepted, in-progress, delivered or dropped.' }),
      on: isoDate.optional(),
      outcome: longText('Outcome', 4000).optional()
    }),
    output: commitmentViewSchema
  }),
  'commitments.delete': route({ summary: 'Delete a commitment; linked wins stay, unlinked.', input: byId, output: commitmentSchema })
}
