import { randomUUID } from 'node:crypto'
import type { Attempt, Competency, ImprovedAnswer, Question } from '../../../shared/domain/interview'
import type { Store } from '../store/Store'
import { betterAnswer } from '../features/interview/betterAnswer'
import { bankQuestions, questionFromWin } from './questionBank'
import { scoreAnswer } from './rubric'

type AttemptInput = Omit<Attempt, 'id' | 'at' | 'feedback'>

export class InterviewService {
  constructor(private readonly store: Store) {}

  /** Questions from the user's own wins first (newest first), then the bank. */
  questions(): Question[] {
    const wins = [...this.store.data.wins].sort((a, b) => b.date.localeCompare(a.date))
    return [...wins.map(questionFromWin), ...bankQuestions()]
  }

  submit(input: AttemptInput): Promise<Attempt> {
    const feedback = scoreAnswer({
      question: input.questionText,
      competency: input.competency,
      answer: input.answer,
      targetLevel: input.targetLevel
    })
    const attempt: Attempt = { ...input, id: randomUUID(), at: new Date().toISOString(), feedback }
    return this.store.update((data) => {
      data.interviewAttempts.push(attempt)
      return attempt
    })
  }

  attempts(questionId: string): Attempt[] {
    return this.store.data.interviewAttempts.filter((a) => a.questionId === questionId).sort((a, b) => a.at.localeCompare(b.at))
  }

  improve(question: { questionText: string; competency: Competency; winId?: string; answer?: string; targetLevel?: string }): ImprovedAnswer {
    return betterAnswer({
      question: { text: question.questionText, competency: question.competency, winId: question.winId },
      wins: [...this.store.data.wins],
      commitments: this.store.data.commitments,
      answer: question.answer,
      targetLevel: question.targetLevel
    })
  }
}
