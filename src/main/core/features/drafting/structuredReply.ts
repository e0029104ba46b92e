import type { z } from 'zod'

export type ParsedReply<S> = { ok: true; data: S } | { ok: false; reason: string }

/**
 * A model's JSON reply read strictly: an optional code fence removed, JSON.parse, then the zod
 * schema. The one reader for every structured call (drafts and the interview grader).
 */
export function parseStructuredReply<S>(text: string, schema: z.ZodType<S>): ParsedReply<S> {
  const body = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/```\s*$/, '')
    .trim()
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return { ok: false, reason: 'not valid JSON' }
  }
  const checked = schema.safeParse(json)
  if (!checked.success) {
    const first = checked.error.issues[0]
    return { ok: false, reason: `${first?.path.join('.') || 'root'}: ${first?.message ?? 'invalid'}` }
  }
  return { ok: true, data: checked.data }
}

/** The system message for servers without json_schema: the schema spelled out in the prompt. */
export const promptOnlySchemaMessage = (jsonSchema: unknown) =>
  `Reply with JSON only — no prose, no code fence — matching this JSON schema:\n${JSON.stringify(jsonSchema)}`

/** The one repair turn after a reply that did not validate. */
export const repairMessage = (reason: string) =>
  `That reply did not match the schema (${reason}). Reply again with the corrected JSON only, nothing else.`
