import { z } from 'zod'
import { route } from '../define'
import { isoDate, noInput } from '../../domain/common'
import { DATE_PRECISIONS, evidenceSchema, metricSchema, scopeSchema, winInputSchema, winSchema } from '../../domain/win'

/** A plain (uncompressed) file: what fits one request. Bigger histories travel gzipped. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024
const importText = z
  .string({ error: 'Choose a file to import.' })
  .min(1, 'The file is empty.')
  .max(MAX_IMPORT_CHARS, 'The file is larger than 20 MB; that is not a Loopwise export.')
/**
 * A `.json.gz` export as base64: the way a large history travels. Up to 24 MiB of base64 (18 MiB
 * of gzip, about 150 MB of JSON at the ~8:1 our exports compress to); the core unpacks it up to
 * the longest text Node can hold, which bounds every export the app can write.
 */
export const MAX_IMPORT_GZIP_BASE64 = 24 * 1024 * 1024
const importGzip = z
  .string()
  .min(1, 'The file is empty.')
  .max(MAX_IMPORT_GZIP_BASE64, 'The compressed file is larger than 18 MB; that is not a Loopwise export.')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The compressed file must be sent as base64.')
  .optional()
const oneFile = (v: { text?: string; gzip?: string }) => (v.text === undefined) !== (v.gzip === undefined)
const oneFileMessage = { message: 'Send the file once: as text (.json) or as gzip (.json.gz), not both or neither.' }
const importMode = z.enum(['replace', 'merge'], { error: 'Choose replace (everything becomes the file) or merge (add and update by id).' })

const valueChange = z.object({ key: z.string(), label: z.string(), current: z.string(), incoming: z.string() })

export const importSummarySchema = z.object({
  mode: importMode,
  /** Names this preview; give it to data.importApply to refuse an apply that would differ from it. */
  previewId: z.string(),
  /** Every collection, counted on the result: added, replaced (different), unchanged (identical), removed. */
  collections: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      incoming: z.number(),
      existing: z.number(),
      added: z.number(),
      replaced: z.number(),
      unchanged: z.number(),
      removed: z.number()
    })
  ),
  profileChanges: z.boolean(),
  /** Profile fields that change, with both values. */
  profile: z.array(valueChange),
  /** Settings that differ in the file, with both values; none is applied unless ticked. */
  settings: z.array(valueChange),
  /** Top-level keys this version does not know: dropped, never stored. */
  droppedKeys: z.array(z.object({ key: z.string(), bytes: z.number() })),
  /** Links that pointed at nothing, and how each is repaired. */
  repairs: z.array(z.object({ collection: z.string(), id: z.string(), entry: z.string(), repair: z.string() }))
})

export const bragCandidateSchema = z.object({
  title: z.string(),
  /** '' when the document says nothing about when (datePrecision "undated"). */
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  whatIDid: z.string(),
  impact: z.string(),
  metrics: z.array(metricSchema),
  tags: z.array(z.string()),
  scope: scopeSchema.optional(),
  stakeholders: z.array(z.string()).optional(),
  evidence: z.array(evidenceSchema).optional(),
  line: z.number().int(),
  notes: z.array(z.string()),
  /** Suggested tick: false under a plans or goals heading. */
  keep: z.boolean()
})

/** A reviewed candidate: an undated one has no date, and the core records it as undated (never as today). */
export const bragWinSchema = winInputSchema.extend({ date: isoDate.optional() })

const file = z.object({ fileName: z.string(), text: z.string() })

export const dataRoutes = {
  'data.export': route({ summary: 'Everything as one versioned JSON file (name and text).', input: noInput, output: file }),
  'data.exportWinsMarkdown': route({ summary: 'Wins as a Markdown brag document.', input: noInput, output: file }),
  'data.importPreview': route({
    summary:
      'Dry run: check an export file (size, depth, schema, version, duplicate ids, links) and say what every collection would gain, change or lose, which settings differ, which unknown keys are dropped and which links are repaired.',
    input: z.strictObject({ text: importText.optional(), gzip: importGzip, mode: importMode }).refine(oneFile, oneFileMessage),
    output: importSummarySchema
  }),
  'data.importApply': route({
    summary:
      'Back up the current data, then apply an export file in one write; a bad file changes nothing. Settings are taken from the file only when listed in `settings`; with `previewId`, refuses (CONFLICT) unless the result is exactly what that preview showed.',
    input: z
      .strictObject({
        text: importText.optional(),
        gzip: importGzip,
        mode: importMode,
        settings: z.array(z.string().max(60)).max(40, 'At most 40 settings.').default([]),
        previewId: z.string().max(100).optional()
      })
      .refine(oneFile, oneFileMessage),
    output: z.object({ summary: importSummarySchema, backupFile: z.string(), settingsTaken: z.array(z.string()) })
  }),
  'data.bragPreview': route({
    summary: 'Read a Markdown brag document into win candidates for review (nothing saved).',
    input: z.strictObject({
      markdown: z.string().min(1, 'Paste or choose a Markdown document.').max(2_000_000, 'The document is larger than 2 MB.')
    }),
    output: z.array(bragCandidateSchema)
  }),
  'data.bragSave': route({
    summary: 'Save the reviewed wins from a brag document, all together.',
    input: z.strictObject({
      wins: z.array(bragWinSchema).min(1, 'Pick at least one win to save.').max(2000, 'At most 2,000 wins at once.')
    }),
    output: z.array(winSchema)
  })
}
