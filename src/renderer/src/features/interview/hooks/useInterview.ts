import { useEffect, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { routeQuery, useRouteMutation } from '../../../api/queries'

// Questions are made from wins too: the route reads wins, so a new win shows up as a question.
export const useQuestions = () => useQuery(routeQuery('interview.questions', {}))

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
