import { lazy, Suspense, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react'
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
const SECTION_PAGES: Record<SectionId, LazyExoticComponent<ComponentType>> = {
  dashboard: lazy(() => import('../features/dashboard').then((m) => ({ default: m.DashboardPage }))),
  loop: lazy(() => import('../features/loop').then((m) => ({ default: m.LoopPage }))),
  people: lazy(() => import('../features/people').then((m) => ({ default: m.PeoplePage }))),
  wins: lazy(() => import('../features/wins').then((m) => ({ default: m.WinsPage }))),
  drafts: lazy(() => import('../features/drafts').then((m) => ({ default: m.DraftsPage }))),
  promo: lazy(() => import('../features/promo').then((m) => ({ default: m.PromoPage }))),
  interview: lazy(() => import('../features/interview').then((m) => ({ default: m.InterviewPage }))),
  settings: lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsPage })))
}

function CurrentSection() {
  const { section } = useNavigation()
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
