import { z } from 'zod'
import { route } from '../define'
import { attemptInputSchema, attemptSchema, COMPETENCIES, improvedAnswerSchema, questionSchema } from '../../domain/interview'

export const interviewRoutes = {
  'interview.questions': route({
    summary:
      'One page of questions: “Tell me about the time you…” from your best wins (ranked by a measured result, scope and recency, at most 200), then the behavioral bank by competency. `query` searches both.',
    input: z.strictObject({
      query: z.string().max(200, 'A search is at most 200 characters.').optional(),
      offset: z.number().int().min(0, 'The offset cannot be negative.').default(0),
      limit: z.number().int().min(1, 'Ask for at least one question.').max(200, 'A page holds at most 200 questions.').default(25)
    }),
    output: z.object({
      total: z.number().int(),
      offset: z.number().int(),
      questions: z.array(questionSchema),
      matchingWins: z.number().int()
    })
  }),
  'interview.submit': route({
    summary: 'Score a typed answer on the rubric (offline, deterministic) and save it as an attempt.',
    input: attemptInputSchema,
    output: attemptSchema
  }),
  'interview.attempts': route({
    summary: 'Saved attempts at one question, oldest first, with their scores.',
    input: z.strictObject({ questionId: z.string().min(1, 'Pick a question first.').max(200) }),
    output: z.array(attemptSchema)
  }),
  'interview.improve': route({
    summary:
      'A better answer drafted only from your own wins and commitments, with sources and the gaps to fill. With your answer, the draft is scored on the same rubric and shown only if it scores at least as high; otherwise the gaps say what your history is missing.',
    input: z.strictObject({
      questionText: z.string().trim().min(1, 'Pick a question first.').max(1000),
      competency: z.enum(COMPETENCIES, { error: 'Choose a competency from the list.' }),
      winId: z.string().max(64).optional(),
      answer: z.string().max(12_000, 'An answer is at most 12,000 characters.').optional(),
      targetLevel: z.string().trim().max(80, 'A level is at most 80 characters.').optional()
    }),
    output: improvedAnswerSchema
  })
}
