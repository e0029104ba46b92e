import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { WinsPage } from '../features/wins'
import { InterviewPage } from '../features/interview'
import { PromoPage } from '../features/promo'
import { DashboardPage } from '../features/dashboard'
import { PeoplePage } from '../features/people'
import { LoopPage } from '../features/loop'
import { SampleModeBanner } from '../features/data'
import { DraftsPage } from '../features/drafts'
import { SettingsPage } from '../features/settings'
import { AppLayout } from './AppLayout'
import { ComingNext } from './ComingNext'
import { ErrorBoundary } from './ErrorBoundary'
import { GlobalSearch } from './GlobalSearch'
import { NavigationProvider, useNavigation } from './navigation'
import { queryClient } from './queryClient'
import { StoreStatusBanner } from './StoreStatusBanner'
import { theme } from './theme'

function CurrentSection() {
  const { section } = useNavigation()
  const page =
    section === 'wins' ? (
      <WinsPage />
    ) : section === 'interview' ? (
      <InterviewPage />
    ) : section === 'promo' ? (
      <PromoPage />
    ) : section === 'dashboard' ? (
      <DashboardPage />
    ) : section === 'people' ? (
      <PeoplePage />
    ) : section === 'loop' ? (
      <LoopPage />
    ) : section === 'drafts' ? (
      <DraftsPage />
    ) : section === 'settings' ? (
      <SettingsPage />
    ) : (
      <ComingNext section={section} />
    )
  return <ErrorBoundary resetKey={section}>{page}</ErrorBoundary>
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications position="bottom-right" />
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
