import { z } from 'zod'
import { entityId, isoDate, longText, shortText, timestamp } from './common'

export const SCOPES = ['self', 'team', 'org', 'company'] as const
export const scopeSchema = z.enum(SCOPES, { error: 'Choose a scope: self, team, org or company.' })

/** How the writer hedged or bounded an amount ("~22 min" is about, "120+" at least, "<1%" under). */
export const QUALIFIERS = ['about', 'over', 'at least', 'under', 'at most', 'up to'] as const
const qualifier = z.enum(QUALIFIERS, { error: 'A qualifier is one of: about, over, at least, under, at most, up to.' })

/** A rate lives in the unit ("USD/month", "deploys/week"), as the quantities module reads it. */
export const metricSchema = z.strictObject({
  label: shortText('A metric label', 120),
  value: z.number({ error: 'A metric value must be a number.' }).finite('A metric value must be a finite number.'),
  unit: z.string().trim().max(40, 'A unit must be at most 40 characters.').default(''),
  baseline: z.number().finite('A baseline must be a finite number.').optional(),
  qualifier: qualifier.optional(),
  baselineQualifier: qualifier.optional()
})
export type Metric = z.infer<typeof metricSchema>

export const evidenceSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .max(2000, 'A link must be at most 2,000 characters.')
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'A link must start with http:// or https://.'),
  label: z.string().trim().max(200).default('')
})

const tag = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(40, 'A tag must be at most 40 characters.')
  .transform((t) => t.toLowerCase())

/**
 * How much of `date` the person wrote: "Q1 2025" is a quarter starting on 2025-01-01. Absent
 * means a day. "undated": nobody said when; `date` is then only the day it was recorded, so
 * lists sort it last and show "Undated" instead.
 */
export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'half', 'year', 'undated'] as const

/** What a person types for a win; the store adds id and timestamps. */
export const winInputSchema = z.strictObject({
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  title: shortText('A title'),
  whatIDid: longText('What you did').default(''),
  impact: longText('Result / impact').default(''),
  metrics: z.array(metricSchema).max(20, 'At most 20 metrics per win.').default([]),
  scope: scopeSchema.default('self'),
  stakeholders: z.array(shortText('A stakeholder', 120)).max(30).default([]),
  tags: z
    .array(tag)
    .max(20, 'At most 20 tags per win.')
    .default([])
    .transform((tags) => [...new Set(tags)]),
  evidence: z.array(evidenceSchema).max(20, 'At most 20 links per win.').default([]),
  commitmentId: entityId.optional()
})
export type WinInput = z.input<typeof winInputSchema>

export const winSchema = winInputSchema.extend({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp
})
export type Win = z.infer<typeof winSchema>
