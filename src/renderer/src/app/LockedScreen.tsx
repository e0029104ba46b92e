import { Alert, Center, Code, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { BrowserLock } from '../api/transport'

/**
 * Browser mode opened without the printed link, or with the link of an earlier run. Nothing is
 * loaded and no call is made: the page says why it is locked and how to get the right link,
 * so nobody takes an empty app for lost history.
 */
export function LockedScreen({ reason }: { reason: BrowserLock }) {
  const origin = window.location.origin
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" radius="md" p="xl" maw={640} role="region" aria-label="Locked">
        <Stack gap="md">
          <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
            <IconLock size={24} />
          </ThemeIcon>
          <Title order={1} size="h2">
            This page needs the link printed where Loopwise started
          </Title>
          <Text>
            {reason === 'old-token'
              ? 'This tab was opened with the link of an earlier run of Loopwise. '
              : 'This address was opened without its key. '}
            Loopwise only answers the page opened from the link it prints when it starts, and that link holds a new token every run — so a
            bookmark or an old tab shows this page after a restart. Your data is safe and unchanged.
          </Text>
          <div>
            <Text fw={600} mb={4}>
              To get in
            </Text>
            <List type="ordered" spacing={6}>
              <List.Item>
                Find the terminal where you ran <Code>npm run web</Code>. It printed a line like
                <br />
                <Code>Loopwise browser mode: {origin}/#token=…</Code>
              </List.Item>
              <List.Item>Open that whole link, including the part after #token=. You can close this tab.</List.Item>
              <List.Item>
                If Loopwise is not running any more, start it again with <Code>npm run web</Code>, or <Code>npm run web -- --open</Code> to
                have it open your browser on the right link.
              </List.Item>
            </List>
          </div>
          <Alert variant="light" color="gray" p="xs">
            <Text size="sm">
              Why: any program on this computer can reach {origin}, so every request must carry the token from the printed link. More in the
              README, under “Running it”.
            </Text>
          </Alert>
        </Stack>
      </Paper>
    </Center>
  )
}
