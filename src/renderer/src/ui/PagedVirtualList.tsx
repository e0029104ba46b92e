import { useDeferredValue, type ReactNode, useRef } from 'react'
import { Box, Card, Skeleton, Text } from '@mantine/core'
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { AppContract } from '@shared/api/contract'
import type { RouteInput, RouteOutput } from '@shared/api/define'
import { routeQuery } from '../api/queries'

/** The routes that answer a page of a list: `{ …filter, offset, limit }` → `{ total, offset, items }`. */
export type PagedRoute = 'checkIns.page' | 'commitments.page' | 'drafts.page'
type Filter<R extends PagedRoute> = Omit<RouteInput<AppContract, R>, 'offset' | 'limit'>
export type PagedItem<R extends PagedRoute> = RouteOutput<AppContract, R>['items'][number]

/** Rows per request: a few screens' worth. */
const LIST_PAGE_SIZE = 50

const pageQuery = <R extends PagedRoute>(route: R, filter: Filter<R>, page: number) =>
  routeQuery(route, { ...filter, offset: page * LIST_PAGE_SIZE, limit: LIST_PAGE_SIZE } as RouteInput<AppContract, R>)

/** How many rows a paged list has in all, from its first page (which the list shows first anyway). */
function usePagedTotal<R extends PagedRoute>(route: R, filter: Filter<R>) {
  const first = useQuery({ ...pageQuery(route, filter, 0), placeholderData: keepPreviousData })
  return { total: (first.data as { total: number } | undefined)?.total, isPending: first.isPending, error: first.error }
}

/**
 * A list of any length, paged and virtualized: only the rows on screen (and a few beyond) are
 * mounted, and only the pages under them are fetched. Rows may differ in height (measured).
 * A row whose page is on its way shows a placeholder of the estimated height.
 */
export function PagedVirtualList<R extends PagedRoute>({
  route,
  filter,
  label,
  estimateSize,
  empty,
  height = 'calc(100dvh - 240px)',
  keyOf,
  children
}: {
  route: R
  filter: Filter<R>
  /** The feed's accessible name. */
  label: string
  estimateSize: number
  empty: ReactNode
  height?: string
  keyOf(item: PagedItem<R>): string
  children(item: PagedItem<R>, index: number): ReactNode
}) {
  const parentRef = useRef<HTMLDivElement>(null)
  const { total, isPending, error } = usePagedTotal(route, filter)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh every render
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimateSize,
    overscan: 3,
    // Ordinary renders, not flushSync: with the deferred rows, a scroll jump renders in slices.
    useFlushSync: false
  })
  const rows = useDeferredValue(virtualizer.getVirtualItems())
  const pageNumbers = [...new Set(rows.map((row) => Math.floor(row.index / LIST_PAGE_SIZE)))]
  const pages = useQueries({ queries: pageNumbers.map((page) => pageQuery(route, filter, page)) })
  const itemAt = (index: number) => {
    const at = pageNumbers.indexOf(Math.floor(index / LIST_PAGE_SIZE))
    return (pages[at]?.data as { items: PagedItem<R>[] } | undefined)?.items[index % LIST_PAGE_SIZE]
  }

  if (error) return <Text c="red">{error.message}</Text>
  if (isPending) return <Skeleton height={estimateSize} maw={860} />
  if (total === 0) return <>{empty}</>
  return (
    <Box
      ref={parentRef}
      style={{ overflowY: 'auto', height, minHeight: 320 }}
      role="feed"
      aria-label={label}
      aria-busy={pages.some((p) => p.isPending)}
      data-total={total}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = itemAt(row.index)
          return (
            <div
              key={item ? keyOf(item) : `row-${row.index}`}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)`, paddingBottom: 10 }}
            >
              {item ? (
                children(item, row.index)
              ) : (
                <Card withBorder padding="md" h={estimateSize - 10} aria-hidden>
                  <Skeleton height={14} width="40%" mb="sm" />
                  <Skeleton height={12} mb={6} />
                  <Skeleton height={12} width="70%" />
                </Card>
              )}
            </div>
          )
        })}
      </div>
    </Box>
  )
}
