import { useState } from 'react'
import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLock } from '@tabler/icons-react'
import { formatDay } from '../../../api/format'
import type { CheckIn } from '@shared/domain/checkIn'
import type { Person } from '@shared/domain/person'
import { useRoute, useRouteMutation } from '../../../api/queries'
import { CheckInForm } from './CheckInForm'

const Row = ({ label, value }: { label: string; value: string }) =>
  value ? (
    <Text size="sm" className="lw-prewrap">
      <b>{label}:</b> {value}
    </Text>
  ) : null

/** The loop log, newest first. */
export function CheckInList({ names, people, focusId }: { names: Map<string, string>; people: Person[]; focusId: string | null }) {
  const checkIns = useRoute('checkIns.list', {})
  const remove = useRouteMutation('checkIns.delete')
  const [confirming, setConfirming] = useState<string | null>(null)
  const [editing, setEditing] = useState<CheckIn | null>(null)
  const list = checkIns.data ?? []
  if (list.length === 0) return <Text c="dimmed">No check-ins logged yet.</Text>
  return (
    <Stack gap="sm" maw={860}>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="Edit check-in" size="xl">
        {editing && (
          <CheckInForm
            // An archived person's conversations stay correctable: they are in the picker for their own check-in.
            people={people.filter((p) => !p.archived || p.id === editing.personId)}
            editing={editing}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      {list.map((c) => (
        <Card
          key={c.id}
          withBorder
          padding="md"
          component="article"
          aria-label={`Check-in ${c.date}`}
          style={focusId === c.id ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
        >
          <Stack gap={4}>
            <Group justify="space-between">
              <Text fw={600}>
                {formatDay(c.date)} · {names.get(c.personId) ?? 'someone'}
              </Text>
              {confirming === c.id ? (
                <Group gap={4}>
                  <Text size="xs">Delete this check-in? Its commitments stay.</Text>
                  <Button
                    size="compact-xs"
                    color="red"
                    onClick={() =>
                      remove.mutate(
                        { id: c.id },
                        { onError: (e) => notifications.show({ color: 'red', title: 'Not deleted', message: e.message }) }
                      )
                    }
                  >
                    Delete
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => setConfirming(null)}>
                    Keep
                  </Button>
                </Group>
              ) : (
                <Group gap={4}>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(c)}>
                    Edit
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(c.id)}>
                    Delete…
                  </Button>
                </Group>
              )}
            </Group>
            <Row label="1 · How my work is landing" value={c.howAmIDoing} />
            <Row label="2 · They are trying to" value={c.theirGoals.join('; ')} />
            <Row label="2 · Blocked by" value={c.theirBlockers.join('; ')} />
            <Row label="3 · The one thing" value={c.offer} />
            <Row label="4 · I asked" value={c.myAsk} />
            <Row label="4 · Their answer" value={c.theirAnswer} />
            {c.notes && (
              <Group gap={6} align="flex-start" wrap="nowrap">
                {c.notesPrivate && (
                  <Badge color="grape" variant="light" leftSection={<IconLock size={12} />}>
                    Private
                  </Badge>
                )}
                <Text size="sm" className="lw-prewrap">
                  {c.notes}
                </Text>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}
