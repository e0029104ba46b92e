import { RUBRIC_CRITERIA } from '../../../../../shared/domain/interview'
import { scoreAnswer, type RubricInput } from '../scoring/score'
import type { ReplyFile } from './replyFile'
import { replyKey } from './replyFile'
import { seededRandom } from '../../../base/seededRandom'

/**
 * Replies from a grader that makes the mistakes language-model graders are known for, at fixed
 * rates, for when no model can be reached to record real ones. It starts from an honest reading
 * (the offline scores, plus noise) and then errs: it is lenient, paraphrases its quotes, credits a
 * result nobody measured, misses that an answer is off-topic, and now and then sends JSON that
 * does not parse or no reply at all. What it measures is how much of that the app's checks catch,
 * not how good any real model is; the eval labels its figures "simulated".
 */
export const FAULTS = {
  noise: 12,
  leniency: 10,
  paraphrasedQuote: 0.12,
  creditedUnmeasuredResult: 0.4,
  missedOffTopic: 0.5,
  malformed: 0.03,
  noReply: 0.02
} as const

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)))

export function simulateReplies(inputs: RubricInput[], seed = 14): ReplyFile {
  const random = seededRandom(seed)
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const replies: ReplyFile['replies'] = {}
  for (const input of inputs) {
    const key = replyKey(input)
    if (random() < FAULTS.noReply) {
      replies[key] = null
      continue
    }
    const offline = scoreAnswer(input)
    const criteria = RUBRIC_CRITERIA.map((id) => {
      const off = offline.criteria.find((c) => c.id === id)!
      let score = clamp(off.score + FAULTS.leniency + gauss() * FAULTS.noise)
      if (id === 'measurableResult' && off.score < 40 && random() < FAULTS.creditedUnmeasuredResult) score = 70 + Math.round(random() * 25)
      if (id === 'fit' && off.score < 40 && random() < FAULTS.missedOffTopic) score = 65 + Math.round(random() * 25)
      // A paraphrase: the model's words for the passage, not the candidate's.
      const quote = random() < FAULTS.paraphrasedQuote ? `The candidate says ${off.quote.toLowerCase().slice(0, 60)}` : off.quote
      return { id, score, reason: `Simulated reason for ${id}.`, quote }
    })
    const text = JSON.stringify({ criteria })
    replies[key] = random() < FAULTS.malformed ? text.slice(0, Math.floor(text.length / 2)) : text
  }
  const rates = Object.entries(FAULTS)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  return { model: 'simulated-grader', source: 'simulated', note: `seed ${seed}; ${rates}`, replies }
}
