import { z } from 'zod'
import { route } from '../define'
import { entityId, noInput } from '../../domain/common'
import { applyRewriteInputSchema, impactRewriteSchema, impactStrengthSchema, impactVersionSchema } from '../../domain/impact'
import { winSchema } from '../../domain/win'

const winRef = z.strictObject({ winId: entityId })
const applied = z.object({ win: winSchema, version: impactVersionSchema })

export const impactRoutes = {
  'impact.strengths': route({
    summary: 'How strong each win’s impact is (task only → measured outcome with scope) and the one thing to add.',
    input: noInput,
    output: z.array(z.object({ winId: z.string(), strength: impactStrengthSchema }))
  }),
  'impact.rewrite': route({
    summary: 'Rewrite a win as impact (XYZ and STAR) from its own words; missing facts become questions and [placeholders].',
    input: winRef,
    output: impactRewriteSchema
  }),
  'impact.apply': route({
    summary: 'Replace a win’s impact text with a rewrite, keeping the previous text as a version.',
    input: applyRewriteInputSchema,
    output: applied
  }),
  'impact.history': route({
    summary: 'Every impact text a win has had through rewrites, newest first.',
    input: winRef,
    output: z.array(impactVersionSchema)
  }),
  'impact.revert': route({
    summary: 'Put back the impact text a win had before a given rewrite (recorded as a new version).',
    input: z.strictObject({ versionId: entityId }),
    output: applied
  })
}
