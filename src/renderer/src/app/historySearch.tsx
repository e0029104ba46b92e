import { useMemo } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { SpotlightActionData } from '@mantine/spotlight'
import { IconChecklist, IconRepeat, IconTarget, IconUser } from '@tabler/icons-react'
import { COMMITMENT_STATUS_LABELS, type CommitmentStatus } from '@shared/domain/commitment'
import { GOAL_STATUS_LABELS } from '@shared/domain/goal'
import { PERSON_ROLE_LABELS, type PersonRole } from '@shared/domain/person'
import { formatDay } from '../api/format'
import { routeQuery } from '../api/queries'
import { useNavigation } from './navigation'

/**
 * Ctrl/Cmd+K results from the loop history: people (and what they said), check-ins, commitments,
 * your goals. Matched in the core (search.history): the page no longer loads every check-in and
 * commitment to filter them on each keystroke.
 */
export function useHistorySearch(query: string): { actions: SpotlightActionData[]; fetching: boolean } {
  const { go } = useNavigation()
  const q = query.trim()
  const enabled = q.length > 1
  const found = useQuery({ ...routeQuery('search.history', { query: q, limit: 30 }), enabled, placeholderData: keepPreviousData })
  const actions = useMemo(() => {
    if (!enabled) return []
    return (found.data?.hits ?? []).map((hit): SpotlightActionData => {
      switch (hit.kind) {
        case 'person':
          return {
            id: `person-${hit.id}`,
            label: hit.title,
            description: `Person · ${PERSON_ROLE_LABELS[hit.status as PersonRole]}${hit.detail ? ` · ${hit.detail}` : ''}`,
            leftSection: <IconUser size={18} />,
            onClick: () => go('people', hit.id)
          }
        case 'checkIn':
          return {
            id: `checkin-${hit.id}`,
            label: `Check-in with ${hit.title}`,
            description: `${formatDay(hit.date ?? '')}${hit.detail ? ` · ${hit.detail}` : ''}`,
            leftSection: <IconRepeat size={18} />,
            onClick: () => go('loop', hit.id)
          }
        case 'commitment':
          return {
            id: `commitment-${hit.id}`,
            label: hit.title,
            description: `Commitment · ${COMMITMENT_STATUS_LABELS[hit.status as CommitmentStatus]}${hit.date ? ` · due ${formatDay(hit.date)}` : ''}`,
            leftSection: <IconChecklist size={18} />,
            onClick: () => go('loop', `commitment:${hit.id}`)
          }
        case 'goal':
          return {
            id: `goal-${hit.id}`,
            label: hit.title,
            description: `Your goal · ${GOAL_STATUS_LABELS[hit.status as keyof typeof GOAL_STATUS_LABELS]}`,
            leftSection: <IconTarget size={18} />,
            onClick: () => go('people', 'profile')
          }
      }
    })
  }, [enabled, found.data, go])
  return { actions, fetching: enabled && found.isFetching }
}
