import { useEffect, useRef, useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Competency } from '@shared/domain/interview'
import { call } from '../../../api/client'

// Under 'wins' too: questions are made from wins, so a new win shows up as a question.
export const interviewKeys = {
  questions: ['wins', 'interviewQuestions'] as const,
  attempts: (q: string) => ['interview', 'attempts', q] as const
}

export const useQuestions = () => useQuery({ queryKey: interviewKeys.questions, queryFn: () => call('interview.questions', {}) })

export const useAttempts = (questionId: string | null) =>
  useQuery({
    queryKey: interviewKeys.attempts(questionId ?? ''),
    queryFn: () => call('interview.attempts', { questionId: questionId! }),
    enabled: Boolean(questionId)
  })

export function useSubmitAttempt() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: {
      questionId: string
      questionText: string
      competency: Competency
      answer: string
      typedSeconds: number
      targetLevel: string
    }) => call('interview.submit', input),
    onSettled: (_d, _e, v) => client.invalidateQueries({ queryKey: interviewKeys.attempts(v.questionId) })
  })
}

export const useImprove = () =>
  useMutation({ mutationFn: (input: { questionText: string; competency: Competency; winId?: string }) => call('interview.improve', input) })

export const WORDS_PER_MINUTE = 130
export const TARGET_SECONDS = 120
export const countWords = (t: string) => (t.match(/[\p{L}\p{N}][\p{L}\p{N}'’%$.,-]*/gu) ?? []).length

/** A visible typing timer: starts on the first keystroke, stops when feedback is asked for. */
export function useAnswerTimer() {
  const startedAt = useRef<number | null>(null)
  const [elapsed, setElapsed] = useState(0)
  const [running, setRunning] = useState(false)
  useEffect(() => {
    if (!running) return
    const id = window.setInterval(() => setElapsed(Math.floor((Date.now() - (startedAt.current ?? Date.now())) / 1000)), 250)
    return () => window.clearInterval(id)
  }, [running])
  return {
    elapsed,
    running,
    touch() {
      if (running) return
      startedAt.current = Date.now() - elapsed * 1000
      setRunning(true)
    },
    stop() {
      setRunning(false)
    },
    reset() {
      startedAt.current = null
      setRunning(false)
      setElapsed(0)
    }
  }
}

export const mmss = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s) % 60).padStart(2, '0')}`
