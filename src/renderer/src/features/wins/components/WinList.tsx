import { useRef } from 'react'
import { Box } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Win } from '@shared/domain/win'
import { WinCard } from './WinCard'

/** Virtualized: ten years of wins scroll as smoothly as ten. */
export function WinList({ wins, onEdit, onDelete }: { wins: Win[]; onEdit(w: Win): void; onDelete(w: Win): void }) {
  const parentRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh every render
  const virtualizer = useVirtualizer({
    count: wins.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey: (i) => wins[i]!.id
  })
  return (
    <Box
      ref={parentRef}
      style={{ overflowY: 'auto', flex: 1, minHeight: 0 }}
      role="feed"
      aria-label="Wins"
      aria-busy={false}
      data-testid="wins-scroll"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const win = wins[item.index]!
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`, paddingBottom: 10 }}
            >
              <WinCard win={win} onEdit={() => onEdit(win)} onDelete={() => onDelete(win)} />
            </div>
          )
        })}
      </div>
    </Box>
  )
}
