import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { WinsPage } from '../features/wins'
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
  return (
    <ErrorBoundary resetKey={section}>
      {section === 'wins' ? (
        <WinsPage />
      ) : section === 'drafts' ? (
        <DraftsPage />
      ) : section === 'settings' ? (
        <SettingsPage />
      ) : (
        <ComingNext section={section} />
      )}
    </ErrorBoundary>
  )
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
              <CurrentSection />
            </AppLayout>
          </NavigationProvider>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}
