import { useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Box, Card, Skeleton } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Win } from '@shared/domain/win'
import { useWinsPages, WINS_PAGE_SIZE, type WinsFilter } from '../hooks/useWins'
import { WinCard } from './WinCard'

/**
 * Virtualized and paged: ten years of wins scroll as smoothly as ten. Only the pages under the
 * visible rows are fetched; a row whose page is still on its way shows a placeholder.
 */
export function WinList({
  filter,
  total,
  onEdit,
  onDelete
}: {
  filter: WinsFilter
  total: number
  onEdit(w: Win): void
  onDelete(w: Win): void
}) {
  const parentRef = useRef<HTMLDivElement>(null)
  // Stable handlers for the memoized cards, always calling the latest props.
  const latest = useRef({ onEdit, onDelete })
  useLayoutEffect(() => {
    latest.current = { onEdit, onDelete }
  })
  const [handlers] = useState(() => ({
    edit: (w: Win) => latest.current.onEdit(w),
    remove: (w: Win) => latest.current.onDelete(w)
  }))
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh every render
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 150,
    // A few rows beyond the screen: enough for smooth wheel scrolling, few to mount on a jump.
    overscan: 3,
    // Scroll updates are ordinary renders, not flushSync: with the deferred rows below, React
    // can render newly visible cards in slices instead of one long task per scroll jump.
    useFlushSync: false
  })
  const items = useDeferredValue(virtualizer.getVirtualItems())
  const pageNumbers = [...new Set(items.map((item) => Math.floor(item.index / WINS_PAGE_SIZE)))]
  const pages = useWinsPages(filter, pageNumbers)
  const winAt = (index: number): Win | undefined => {
    const at = pageNumbers.indexOf(Math.floor(index / WINS_PAGE_SIZE))
    return pages[at]?.data?.wins[index % WINS_PAGE_SIZE]
  }

  // A new search or tag starts at the top of its results.
  const filterKey = JSON.stringify(filter)
  useEffect(() => {
    parentRef.current?.scrollTo({ top: 0 })
  }, [filterKey])

  return (
    <Box
      ref={parentRef}
      style={{ overflowY: 'auto', flex: 1, minHeight: 0 }}
      role="feed"
      aria-label="Wins"
      aria-busy={pages.some((p) => p.isPending)}
      data-testid="wins-scroll"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const win = winAt(item.index)
          return (
            <div
              key={win ? win.id : `row-${item.index}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`, paddingBottom: 10 }}
            >
              {win ? (
                <WinCard win={win} onEdit={handlers.edit} onDelete={handlers.remove} />
              ) : (
                <Card withBorder padding="md" h={140} aria-hidden>
                  <Skeleton height={12} width="20%" mb="sm" />
                  <Skeleton height={16} width="60%" mb="sm" />
                  <Skeleton height={12} mb={6} />
                  <Skeleton height={12} width="80%" />
                </Card>
              )}
            </div>
          )
        })}
      </div>
    </Box>
  )
}
