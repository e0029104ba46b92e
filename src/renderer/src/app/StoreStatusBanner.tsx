import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconDeviceFloppy, IconLock, IconLifebuoy } from '@tabler/icons-react'
import { useStoreStatus } from './useStoreStatus'

/** The three things a person must know about their data file, shown above every screen. */
export function StoreStatusBanner() {
  const { status, retry, dismissRecovery } = useStoreStatus()
  if (!status) return null
  return (
    <Stack gap="xs" px="md" pt="md">
      {status.recovery && (
        <Alert color="orange" icon={<IconLifebuoy />} title="Your data file could not be read, so Loopwise recovered it" role="alert">
          <Stack gap={6}>
            <Text size="sm">
              Problem: {status.recovery.reason}.{' '}
              {status.recovery.restoredFrom
                ? 'The newest good backup was restored; changes after it may be missing.'
                : 'No usable backup was found, so Loopwise started with an empty file.'}
            </Text>
            <Text size="sm">
              The unreadable file was kept, untouched, at <Code>{status.recovery.corruptFile}</Code>
            </Text>
            {status.recovery.restoredFrom && (
              <Text size="sm">
                Restored from <Code>{status.recovery.restoredFrom}</Code>
              </Text>
            )}
            <Button size="xs" variant="light" color="orange" w="fit-content" onClick={() => dismissRecovery.mutate({})}>
              Got it
            </Button>
          </Stack>
        </Alert>
      )}
      {status.readOnly && (
        <Alert color="grape" icon={<IconLock />} title="Read-only" role="status">
          <Text size="sm">{status.readOnlyReason}</Text>
        </Alert>
      )}
      {!status.saved && status.lastError && (
        <Alert color="red" icon={<IconAlertTriangle />} title="Not saved" role="alert">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{status.lastError} Your changes are kept in this window; nothing is lost while it stays open.</Text>
            <Button
              size="xs"
              color="red"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={retry.isPending}
              onClick={() => retry.mutate({})}
            >
              Retry save
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  )
}
