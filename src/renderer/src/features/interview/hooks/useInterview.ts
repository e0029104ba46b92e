import { useEffect, useRef, useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { routeQuery, useRouteMutation } from '../../../api/queries'

/** How many questions the picker shows at once; the search runs on the server over every win. */
export const QUESTION_PAGE = 25

// Questions are made from wins too: the route reads wins, so a new win shows up as a question.
export const useQuestions = (query: string) =>
  useQuery({
    ...routeQuery('interview.questions', { query: query || undefined, offset: 0, limit: QUESTION_PAGE }),
    // Keep the last page on screen while the next search runs: the picker never flashes empty.
    placeholderData: keepPreviousData
  })

export const useAttempts = (questionId: string | null) =>
  useQuery({ ...routeQuery('interview.attempts', { questionId: questionId ?? '' }), enabled: Boolean(questionId) })

export const useSubmitAttempt = () => useRouteMutation('interview.submit')

export const useImprove = () => useRouteMutation('interview.improve')

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
