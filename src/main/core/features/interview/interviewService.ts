import { randomUUID } from 'node:crypto'
import type { Attempt, Competency, ImprovedAnswer, RubricFeedback } from '../../../../shared/domain/interview'
import type { DraftEngine } from '../drafting/types'
import { gradeWithEngine } from './grading/llmGrader'
import type { Store } from '../../store/Store'
import type { StoreChange } from '../../store/storeChange'
import type { StoreData } from '../../../../shared/domain/storeData'
import { betterAnswer } from './betterAnswer'
import { questionPage, type QuestionPageInput } from './questionPage'
import { scoreAnswer } from './rubric'
import { DEFAULT_LADDER, type Ladder } from '../../../../shared/domain/ladder'

type AttemptInput = Omit<Attempt, 'id' | 'at' | 'feedback'>

/** The engine chosen in Settings; when it is an LLM, answers are graded by it and checked by the rubric. */
export interface InterviewGrader {
  engine(): DraftEngine
  timeouts?(): { firstTokenTimeoutMs: number; totalTimeoutMs: number }
}

/** The interview room owns `interviewAttempts`: what an import asks of it. */
export const interviewWrites = {
  importAll: (change: StoreChange, attempts: StoreData['interviewAttempts']) => change.replaceAll('interviewAttempts', attempts)
}

export class InterviewService {
  constructor(
    private readonly store: Store,
    private readonly grader?: InterviewGrader
  ) {}

  /** A page of questions: from the user's best wins first (ranked, capped), then the bank. */
  questions(input: QuestionPageInput) {
    return questionPage(this.store.data.wins, input, this.store.version('wins'))
  }

  async submit(input: AttemptInput): Promise<Attempt> {
    const rubricInput = {
      question: input.questionText,
      competency: input.competency,
      answer: input.answer,
      targetLevel: input.targetLevel,
      ladder: this.ladder()
    }
    const offline = scoreAnswer(rubricInput)
    const feedback = await this.grade(rubricInput, offline)
    const attempt: Attempt = { ...input, id: randomUUID(), at: new Date().toISOString(), feedback }
    return this.store.put('interviewAttempts', attempt)
  }

  private async grade(input: Parameters<typeof scoreAnswer>[0], offline: RubricFeedback): Promise<RubricFeedback> {
    if (!this.grader) return offline
    let engine: DraftEngine
    try {
      engine = this.grader.engine()
    } catch (error) {
      // A half-configured engine (no key, no model) must not block rehearsal: say so, score offline.
      return { ...offline, grader: { model: '', overruled: [], failed: `${(error as Error).message} Scored by the built-in rubric.` } }
    }
    return gradeWithEngine(engine, input, offline, this.grader.timeouts?.())
  }

  attempts(questionId: string): Attempt[] {
    return this.store.data.interviewAttempts.filter((a) => a.questionId === questionId).sort((a, b) => a.at.localeCompare(b.at))
  }

  improve(question: {
    questionText: string
    competency: Competency
    winId?: string
    answer?: string
    targetLevel?: string
  }): ImprovedAnswer {
    return betterAnswer({
      question: { text: question.questionText, competency: question.competency, winId: question.winId },
      wins: [...this.store.data.wins],
      commitments: this.store.data.commitments,
      answer: question.answer,
      targetLevel: question.targetLevel,
      ladder: this.ladder()
    })
  }

  /** The ladder the user imported or edited in Promo sets the scope bar; else the built-in one. */
  private ladder(): Ladder {
    return this.store.data.promoPrefs?.ladder ?? DEFAULT_LADDER
  }
}
