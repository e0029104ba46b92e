import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RubricInput } from '../scoring/score'

/**
 * A file of grading replies, one per answer, replayed by `npm run eval:interview` through the
 * real `openai` client and a local server. `source` says where the replies came from: a model
 * (`--record` against a real server) or the fault simulator; the eval prints it beside every figure.
 */
export interface ReplyFile {
  model: string
  source: 'recorded' | 'simulated'
  /** How they were made: the server and date for a recording, the fault rates for a simulation. */
  note: string
  /** Answer key → the reply's text exactly as the engine returned it (null: the call failed). */
  replies: Record<string, string | null>
}

export const replyKey = (input: RubricInput) =>
  createHash('sha256')
    .update(`${input.question}\n${input.targetLevel ?? ''}\n${input.answer}`)
    .digest('hex')
    .slice(0, 20)

export const RECORDED_DIR = join(__dirname, 'recorded')

export function readReplyFiles(dir = RECORDED_DIR): { name: string; file: ReplyFile }[] {
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'))
  } catch {
    return []
  }
  return names.sort().map((name) => ({ name, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReplyFile }))
}
