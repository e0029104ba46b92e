import { useMemo, useState } from 'react'
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight'
import { IconSearch, IconTrophy } from '@tabler/icons-react'
import { useHistorySearch } from './historySearch'
import { useRoute } from '../api/queries'
import { SECTIONS, useNavigation } from './navigation'

/** Ctrl/Cmd+K: jump to a section, or find any entry by its words. */
export function GlobalSearch() {
  const { go } = useNavigation()
  const [query, setQuery] = useState('')
  // Only the 20 shown: a short query can match thousands of wins.
  const wins = useRoute('wins.list', { query, limit: 20 }, query.trim().length > 1)
  const history = useHistorySearch(query)
  const actions = useMemo<SpotlightActionData[]>(() => {
    const sections = SECTIONS.map((s) => ({
      id: `section-${s.id}`,
      label: s.label,
      description: 'Go to section',
      leftSection: <s.icon size={18} />,
      onClick: () => go(s.id)
    }))
    const found = (query.trim().length > 1 ? (wins.data ?? []) : []).slice(0, 20).map((w) => ({
      id: `win-${w.id}`,
      label: w.title,
      description: `Win · ${w.date}${w.impact ? ` · ${w.impact.slice(0, 80)}` : ''}`,
      keywords: [query],
      leftSection: <IconTrophy size={18} />,
      onClick: () => go('wins', w.id)
    }))
    return [...found, ...history, ...sections]
  }, [wins.data, query, go, history])

  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      nothingFound="Nothing matches. Try other words."
      highlightQuery
      limit={30}
      searchProps={{
        leftSection: <IconSearch size={18} />,
        placeholder: 'Search wins, people, check-ins, commitments, goals — or jump to a section…'
      }}
    />
  )
}
