import { useMemo } from 'react'
import type { SpotlightActionData } from '@mantine/spotlight'
import { IconChecklist, IconRepeat, IconTarget, IconUser } from '@tabler/icons-react'
import { COMMITMENT_STATUS_LABELS } from '@shared/domain/commitment'
import { GOAL_STATUS_LABELS } from '@shared/domain/goal'
import { PERSON_ROLE_LABELS } from '@shared/domain/person'
import { formatDay } from '../api/format'
import { useRoute } from '../api/queries'
import { useNavigation } from './navigation'

const matches = (terms: string[], ...fields: (string | undefined)[]) => {
  const text = fields.filter(Boolean).join('\n').toLowerCase()
  return terms.every((t) => text.includes(t))
}

/** Ctrl/Cmd+K results from the loop history: people (and what they said), check-ins, commitments, your goals. */
export function useHistorySearch(query: string): SpotlightActionData[] {
  const { go } = useNavigation()
  const enabled = query.trim().length > 1
  const people = useRoute('people.list', {}, enabled)
  const checkIns = useRoute('checkIns.list', {}, enabled)
  const commitments = useRoute('commitments.list', {}, enabled)
  const goals = useRoute('goals.list', {}, enabled)
  return useMemo(() => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean)
    if (!enabled || terms.length === 0) return []
    const names = new Map((people.data ?? []).map((p) => [p.id, p.name]))
    const out: SpotlightActionData[] = []
    for (const p of people.data ?? []) {
      if (matches(terms, p.name, p.title, p.role, ...p.items.map((i) => i.text)))
        out.push({
          id: `person-${p.id}`,
          label: p.name,
          description: `Person · ${PERSON_ROLE_LABELS[p.role]}${p.title ? ` · ${p.title}` : ''}`,
          leftSection: <IconUser size={18} />,
          onClick: () => go('people', p.id)
        })
    }
    for (const c of checkIns.data ?? []) {
      if (
        matches(terms, names.get(c.personId), c.howAmIDoing, c.offer, c.myAsk, c.theirAnswer, c.notes, ...c.theirGoals, ...c.theirBlockers)
      )
        out.push({
          id: `checkin-${c.id}`,
          label: `Check-in with ${names.get(c.personId) ?? 'someone'}`,
          description: `${formatDay(c.date)}${c.offer ? ` · ${c.offer.slice(0, 80)}` : ''}`,
          leftSection: <IconRepeat size={18} />,
          onClick: () => go('loop', c.id)
        })
    }
    for (const c of commitments.data ?? []) {
      if (matches(terms, c.title, c.detail, c.outcome))
        out.push({
          id: `commitment-${c.id}`,
          label: c.title,
          description: `Commitment · ${COMMITMENT_STATUS_LABELS[c.status]}${c.dueDate ? ` · due ${formatDay(c.dueDate)}` : ''}`,
          leftSection: <IconChecklist size={18} />,
          onClick: () => go('loop', `commitment:${c.id}`)
        })
    }
    for (const g of goals.data ?? []) {
      if (matches(terms, g.title, g.why, g.kind))
        out.push({
          id: `goal-${g.id}`,
          label: g.title,
          description: `Your goal · ${GOAL_STATUS_LABELS[g.status]}`,
          leftSection: <IconTarget size={18} />,
          onClick: () => go('people', 'profile')
        })
    }
    return out.slice(0, 30)
  }, [query, enabled, people.data, checkIns.data, commitments.data, goals.data, go])
}
