import { Alert, Anchor, Stack, Text } from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { dueReminders } from '@shared/domain/reminders'
import { formatDay, todayLocal } from '../../../api/format'
import { useNavigation } from '../../../app/navigation'

interface Due {
  person: { id: string; name: string }
  cadence: { nextDue: string | null; daysUntilDue: number | null }
}

/**
 * Reminders from the user's own dates: a check-in due within a week, a commitment past its due
 * day. Shown on the dashboard (browser mode has no system notifications).
 */
export function ReminderBanner({
  people,
  commitments
}: {
  people: Due[]
  /** The open ones. */
  commitments: { id: string; title: string; dueDate?: string | undefined }[]
}) {
  const { go } = useNavigation()
  const { checkIns: soon, overdue } = dueReminders(people, commitments, todayLocal())
  if (soon.length === 0 && overdue.length === 0) return null
  return (
    <Alert color="yellow" icon={<IconBell size={18} />} title="Reminders" aria-label="Reminders">
      <Stack gap={2}>
        {soon.map(({ person, cadence }) => (
          <Text size="sm" key={person.id}>
            Check-in with{' '}
            <Anchor component="button" type="button" onClick={() => go('loop', `prepare:${person.id}`)}>
              {person.name}
            </Anchor>{' '}
            {cadence.daysUntilDue! < 0
              ? `was due ${formatDay(cadence.nextDue!)}`
              : cadence.daysUntilDue === 0
                ? 'is due today'
                : `is due ${formatDay(cadence.nextDue!)}`}
            .
          </Text>
        ))}
        {overdue.map((c) => (
          <Text size="sm" key={c.id}>
            Commitment{' '}
            <Anchor component="button" type="button" onClick={() => go('loop', `commitment:${c.id}`)}>
              {c.title}
            </Anchor>{' '}
            was due {formatDay(c.dueDate!)}.
          </Text>
        ))}
      </Stack>
    </Alert>
  )
}
