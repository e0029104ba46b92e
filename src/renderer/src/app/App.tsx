import { lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react'
import { Loader, MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { SampleModeBanner } from '../features/data'
import { browserLock, onBrowserLockChange } from '../api/transport'
import { AppLayout } from './AppLayout'
import { ErrorBoundary } from './ErrorBoundary'
import { GlobalSearch } from './GlobalSearch'
import { LockedScreen } from './LockedScreen'
import { NavigationProvider, useNavigation, type SectionId } from './navigation'
import { queryClient } from './queryClient'
import { StoreStatusBanner } from './StoreStatusBanner'
import { cssVariablesResolver, theme } from './theme'
import { colorSchemeManager, useColorSchemeFromStore } from './colorScheme'
import { useStoreStatusSync } from './useStoreStatus'

// Each section is its own chunk: the first screen loads only what it shows.
const SECTION_MODULES = {
  dashboard: () => import('../features/dashboard').then((m) => ({ default: m.DashboardPage })),
  loop: () => import('../features/loop').then((m) => ({ default: m.LoopPage })),
  people: () => import('../features/people').then((m) => ({ default: m.PeoplePage })),
  wins: () => import('../features/wins').then((m) => ({ default: m.WinsPage })),
  drafts: () => import('../features/drafts').then((m) => ({ default: m.DraftsPage })),
  promo: () => import('../features/promo').then((m) => ({ default: m.PromoPage })),
  interview: () => import('../features/interview').then((m) => ({ default: m.InterviewPage })),
  settings: () => import('../features/settings').then((m) => ({ default: m.SettingsPage }))
} satisfies Record<SectionId, () => Promise<{ default: ComponentType }>>
const SECTION_PAGES = Object.fromEntries(Object.entries(SECTION_MODULES).map(([id, load]) => [id, lazy(load)])) as Record<
  SectionId,
  LazyExoticComponent<ComponentType>
>

/**
 * Once the first screen is up and its requests have answered, the other sections' code is fetched
 * and evaluated while the page is idle, one chunk per idle period: opening a section then costs its
 * render only, not its chunk's first evaluation in the same task (a long task at 50,000 wins).
 */
const PREFETCH_AFTER_MS = 1_500

function usePrefetchSections(current: SectionId) {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200))
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
    const queue = (Object.keys(SECTION_MODULES) as SectionId[]).filter((id) => id !== current)
    let handle = 0
    let stopped = false
    const next = () => {
      if (stopped) return
      // The first screen's own requests come first: prefetching beside them delays its data.
      if (queryClient.isFetching() > 0) {
        handle = window.setTimeout(() => (handle = idle(next, { timeout: 5_000 })), 250)
        return
      }
      const id = queue.shift()
      if (!id) return
      // A chunk that fails to load here is loaded again (and its error shown) when opened.
      void SECTION_MODULES[id]()
        .catch(() => undefined)
        .then(() => {
          if (!stopped) handle = idle(next, { timeout: 5_000 })
        })
    }
    // A second after the start, so the first screen's code, data and paint own the first second.
    handle = window.setTimeout(() => (handle = idle(next, { timeout: 5_000 })), PREFETCH_AFTER_MS)
    return () => {
      stopped = true
      cancelIdle(handle)
      window.clearTimeout(handle)
    }
    // Once per app start: the first section is the one already loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}

function CurrentSection() {
  const { section } = useNavigation()
  usePrefetchSections(section)
  const Page = SECTION_PAGES[section]
  return (
    <ErrorBoundary resetKey={section}>
      <Suspense fallback={<Loader m="md" aria-label="Loading" />}>
        <Page />
      </Suspense>
    </ErrorBoundary>
  )
}

/** Window-wide wiring: the core's store.status events, and the theme kept with the data. */
function AppSync() {
  useStoreStatusSync()
  useColorSchemeFromStore()
  return null
}

export function App() {
  const locked = useSyncExternalStore(onBrowserLockChange, browserLock)
  if (locked)
    return (
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <LockedScreen reason={locked} />
      </MantineProvider>
    )
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <QueryClientProvider client={queryClient}>
        <AppSync />
        <ModalsProvider>
          {/* Bottom left, over the navigation's empty lower part: forms and dialogs keep their
              buttons on the right, so a toast never sits on Save. */}
          <Notifications position="bottom-left" containerWidth={340} />
          <NavigationProvider>
            <GlobalSearch />
            <AppLayout>
              <StoreStatusBanner />
              <SampleModeBanner />
              <CurrentSection />
            </AppLayout>
          </NavigationProvider>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}
