import { Alert, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCalendarEvent } from '@tabler/icons-react'
import { formatDay } from '../../../api/format'

export interface CadenceView {
  cadenceDays: number | null
  lastCheckIn: string | null
  nextDue: string | null
  daysUntilDue: number | null
  warnings: { kind: string; message: string }[]
}

const dueText = (c: CadenceView) => {
  if (c.cadenceDays === null) return 'No cadence tracked.'
  if (!c.lastCheckIn) return 'First check-in: due now.'
  const d = c.daysUntilDue ?? 0
  const when = d === 0 ? 'today' : d > 0 ? `in ${d} days` : `${-d} days ago`
  return `Next check-in due ${formatDay(c.nextDue!)} (${when}) · every ${c.cadenceDays} days · last ${formatDay(c.lastCheckIn)}`
}

/** When the next loop with a person is due, and what the framework warns about. */
export function CadenceSummary({ cadence, compact = false }: { cadence: CadenceView; compact?: boolean }) {
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconCalendarEvent size={16} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
        <Text size="sm">{dueText(cadence)}</Text>
      </Group>
      {cadence.warnings.map((w) =>
        compact ? (
          <Text key={w.kind} size="xs" c={w.kind === 'overdue' || w.kind === 'too-rare' ? 'red' : 'orange'}>
            ⚠ {w.message}
          </Text>
        ) : (
          <Alert
            key={w.kind}
            color={w.kind === 'overdue' || w.kind === 'too-rare' ? 'red' : 'yellow'}
            icon={<IconAlertTriangle size={16} />}
            p="xs"
          >
            <Text size="sm">{w.message}</Text>
          </Alert>
        )
      )}
    </Stack>
  )
}
