import { Card, Stack, Text, Title } from '@mantine/core'
import type { AppContract } from '@shared/api/contract'
import type { RouteOutput } from '@shared/api/define'
import { formatBytes, formatNumber } from '../../../api/format'

type Info = RouteOutput<AppContract, 'app.info'>

/** Where the data lives and what its backups take on disk (issue 18: backups are compressed and kept only when changed). */
export function DataFolderCard({ info }: { info: Info | undefined }) {
  if (!info) return null
  const { backups } = info
  return (
    <Card withBorder padding="lg" component="section" aria-label="Data and backups">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Data and backups
        </Title>
        <Text size="sm">
          Data file:{' '}
          <Text span ff="monospace" size="sm">
            {info.dataFile}
          </Text>
        </Text>
        <Text size="sm">
          Backups: {backups.count === 0 ? 'none yet' : `${formatNumber(backups.count)} (${formatBytes(backups.bytes)} on disk, compressed)`}{' '}
          in{' '}
          <Text span ff="monospace" size="sm">
            {backups.folder}
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          A backup is taken when Loopwise starts and every 10 minutes while you work, only if your data changed since the last one; the
          newest 20 are kept, then one a day for 30 days.
        </Text>
      </Stack>
    </Card>
  )
}
