import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { createSpotlight, Spotlight, type SpotlightActionData, type SpotlightFilterFunction } from '@mantine/spotlight'
import { IconSearch, IconTrophy } from '@tabler/icons-react'
import { formatDay } from '../api/format'
import { routeQuery } from '../api/queries'
import { useHistorySearch } from './historySearch'
import { SECTIONS, useNavigation } from './navigation'

const isSection = (a: SpotlightActionData) => a.id.startsWith('section-')

/** The search's own store: opened from the header button and Ctrl/Cmd+K. */
export const [searchStore, searchSpotlight] = createSpotlight()

const rows = () => document.querySelectorAll<HTMLElement>('.mantine-Spotlight-actionsList [data-action]')

/** Highlight the top row (as Mantine's arrow keys do: the attribute and the store's index). */
function highlightTop(): HTMLElement | null {
  rows().forEach((row) => row.removeAttribute('data-selected'))
  const top = rows()[0] ?? null
  top?.setAttribute('data-selected', 'true')
  top?.scrollIntoView({ block: 'nearest' })
  searchStore.updateState((state) => ({ ...state, selected: top ? 0 : -1 }))
  return top
}

/**
 * Hits come in the order built here (wins, then people, check-ins, commitments, goals), and a
 * section only when its name matches. Mantine's default filter would put any label match first,
 * so "loop" would rank the Loop section above the win it was meant to find.
 */
const keepOrder: SpotlightFilterFunction = (query, actions) => {
  const q = query.trim().toLowerCase()
  return (actions as SpotlightActionData[]).filter((a) => !isSection(a) || !q || String(a.label).toLowerCase().includes(q))
}

/** Ctrl/Cmd+K: jump to a section, or find any entry by its words. Enter opens the top hit. */
export function GlobalSearch() {
  const { go } = useNavigation()
  const [query, setQuery] = useState('')
  // One search per pause in typing, not per keystroke: at 50,000 wins a queue of per-keystroke
  // searches finished seconds after the last one. The previous hits stay until the next arrive.
  const [settled] = useDebouncedValue(query, 120)
  const searching = settled.trim().length > 1
  // Only the 20 shown: a short query can match thousands of wins.
  const wins = useQuery({
    ...routeQuery('wins.list', { query: settled, limit: 20 }),
    enabled: searching,
    placeholderData: keepPreviousData
  })
  const { actions: history, fetching: historyFetching } = useHistorySearch(settled)
  const actions = useMemo<SpotlightActionData[]>(() => {
    const sections = SECTIONS.map((s) => ({
      id: `section-${s.id}`,
      label: s.label,
      description: 'Go to section',
      leftSection: <s.icon size={18} />,
      onClick: () => go(s.id)
    }))
    const found = (searching ? (wins.data ?? []) : []).slice(0, 20).map((w) => ({
      id: `win-${w.id}`,
      label: w.title,
      description: `Win · ${formatDay(w.date)}${w.impact ? ` · ${w.impact.slice(0, 80)}` : ''}`,
      leftSection: <IconTrophy size={18} />,
      onClick: () => go('wins', w.id)
    }))
    return [...found, ...history, ...sections]
  }, [wins.data, searching, go, history])

  // Results arrive after the keystroke that asked for them: Mantine highlighted the first row
  // of the list as it was, and that element may now sit lower. Highlight the top hit again.
  const shown = keepOrder(query, actions) as SpotlightActionData[]
  const signature = shown.map((a) => a.id).join('|')
  const pendingEnter = useRef(false)
  // Set by the arrow keys: then Enter opens the row the person chose, not the top one.
  const picked = useRef(false)
  const loading = (query.trim().length > 1 && query !== settled) || (searching && (wins.isFetching || historyFetching))
  useLayoutEffect(() => {
    picked.current = false
    if (!query.trim()) return
    const top = highlightTop()
    if (pendingEnter.current && !loading) {
      pendingEnter.current = false
      top?.click()
    }
  }, [signature, query, loading])

  // Runs before Mantine's own key handler, which opens whatever row carries data-selected.
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') picked.current = true
      if (event.key !== 'Enter' || !query.trim()) return
      if (loading) {
        // Pressed before the hits arrived: open the top hit once they are in.
        pendingEnter.current = true
        rows().forEach((row) => row.removeAttribute('data-selected'))
      } else if (!picked.current) highlightTop()
    },
    [loading, query]
  )

  return (
    <Spotlight
      store={searchStore}
      actions={actions}
      filter={keepOrder}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      nothingFound={loading ? 'Searching…' : 'Nothing matches. Try other words.'}
      highlightQuery
      limit={30}
      // The dialog has no visible title; this is the name a screen reader announces for it.
      onSpotlightOpen={() =>
        requestAnimationFrame(() =>
          document.querySelector('.mantine-Spotlight-content[role="dialog"]')?.setAttribute('aria-label', 'Search everything')
        )
      }
      searchProps={{
        leftSection: <IconSearch size={18} />,
        placeholder: 'Search wins, people, check-ins, commitments, goals — or jump to a section…',
        'aria-label': 'Search everything',
        onKeyDown
      }}
    />
  )
}
