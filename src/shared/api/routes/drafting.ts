import { z } from 'zod'
import { route } from '../define'
import { pageInput, pageOf } from '../paging'
import { byId, entityId, noInput } from '../../domain/common'
import {
  draftParamsSchema,
  draftRequestSchema,
  draftSourceSchema,
  draftStatusSchema,
  engineSchema,
  numberFlagSchema,
  savedDraftSchema
} from '../../domain/drafting'
import { draftPreviewSchema, draftRunResultSchema } from '../../domain/draftRun'

const runId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A run id is 8–64 letters, digits, - or _.')

export const draftingRoutes = {
  'drafts.kinds': route({
    summary: 'The kinds of draft Loopwise can write, with their parameters.',
    input: noInput,
    output: z.array(z.object({ id: z.string(), label: z.string(), description: z.string(), structured: z.boolean() }))
  }),
  'drafts.preview': route({
    summary: 'The exact messages that would be sent for a draft, and the entries chosen, before sending.',
    input: draftRequestSchema,
    output: draftPreviewSchema
  }),
  'drafts.start': route({
    summary: 'Start a draft run; text streams as draft.delta events and ends with one draft.done.',
    input: draftRequestSchema.extend({ runId: runId.optional() }),
    output: z.object({ runId: z.string(), engine: engineSchema, model: z.string() })
  }),
  'drafts.stop': route({
    summary: 'Stop a running draft at once; the partial text is kept and labelled cancelled.',
    input: z.strictObject({ runId }),
    output: z.object({ stopped: z.boolean() })
  }),
  'drafts.result': route({
    summary: 'The final result of a recent run (for a client that missed draft.done).',
    input: z.strictObject({ runId }),
    output: draftRunResultSchema.nullable()
  }),
  'drafts.checkNumbers': route({
    summary:
      'Flag every amount, date and citation in a text that its sources do not back: a recent run’s sources when runId is given, else the whole history.',
    input: z.strictObject({ text: z.string().max(200_000, 'That text is too long to check.'), runId: runId.optional() }),
    output: z.array(numberFlagSchema)
  }),
  'drafts.list': route({
    summary: 'Saved drafts, newest first.',
    input: noInput,
    output: z.array(savedDraftSchema)
  }),
  'drafts.page': route({
    summary: 'One page of saved drafts, newest first, with the total: what the Drafts list asks for as it scrolls.',
    input: z.strictObject(pageInput),
    output: pageOf(savedDraftSchema)
  }),
  'drafts.get': route({ summary: 'One saved draft with all its versions.', input: byId, output: savedDraftSchema }),
  'drafts.save': route({
    summary: 'Save a draft text: a new draft, or a new version of an existing one (earlier versions kept).',
    input: z.strictObject({
      draftId: entityId.optional(),
      kind: z.string().min(1).max(40),
      title: z.string().trim().min(1, 'A title is required.').max(200, 'A title is at most 200 characters.'),
      text: z.string().min(1, 'There is nothing to save yet.').max(200_000, 'That draft is too long.'),
      status: draftStatusSchema,
      engine: engineSchema,
      model: z.string().max(120),
      params: draftParamsSchema.default({}),
      sources: z.array(draftSourceSchema).max(500).default([])
    }),
    output: savedDraftSchema
  }),
  'drafts.delete': route({ summary: 'Delete a saved draft and all its versions.', input: byId, output: savedDraftSchema })
}
