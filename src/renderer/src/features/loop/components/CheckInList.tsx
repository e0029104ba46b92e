import { useState } from 'react'
import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLock } from '@tabler/icons-react'
import { formatDay } from '../../../api/format'
import type { CheckIn } from '@shared/domain/checkIn'
import type { Person } from '@shared/domain/person'
import { useRoute, useRouteMutation } from '../../../api/queries'
import { PagedVirtualList } from '../../../ui/PagedVirtualList'
import { CheckInForm } from './CheckInForm'

const Row = ({ label, value }: { label: string; value: string }) =>
  value ? (
    <Text size="sm" className="lw-prewrap">
      <b>{label}:</b> {value}
    </Text>
  ) : null

/** One logged conversation, with Edit and a confirmed Delete. */
function CheckInCard({
  c,
  name,
  focused,
  found,
  onEdit
}: {
  c: CheckIn
  name: string
  focused: boolean
  /** Opened from search: shown on its own above the list (the list may hold it far down). */
  found?: boolean
  onEdit(c: CheckIn): void
}) {
  const remove = useRouteMutation('checkIns.delete')
  const [confirming, setConfirming] = useState(false)
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={found ? `Found: check-in ${c.date}` : `Check-in ${c.date}`}
      style={focused ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={600}>
            {formatDay(c.date)} · {name}
          </Text>
          {confirming ? (
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
              <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </Group>
          ) : (
            <Group gap={4}>
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(c)}>
                Edit
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
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
  )
}

/**
 * The loop log, newest first: paged and virtualized, so ten years of weekly check-ins scroll like
 * ten. A check-in opened from search is shown on its own above the list.
 */
export function CheckInList({ names, people, focusId }: { names: Map<string, string>; people: Person[]; focusId: string | null }) {
  const [editing, setEditing] = useState<CheckIn | null>(null)
  const focused = useRoute('checkIns.get', { id: focusId ?? '' }, Boolean(focusId))
  const nameOf = (c: CheckIn) => names.get(c.personId) ?? 'someone'
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
      {focusId && focused.data && <CheckInCard c={focused.data} name={nameOf(focused.data)} focused found onEdit={setEditing} />}
      <PagedVirtualList
        route="checkIns.page"
        filter={{}}
        label="Past check-ins"
        estimateSize={190}
        keyOf={(c) => c.id}
        empty={<Text c="dimmed">No check-ins logged yet.</Text>}
      >
        {(c) => <CheckInCard c={c} name={nameOf(c)} focused={c.id === focusId} onEdit={setEditing} />}
      </PagedVirtualList>
    </Stack>
  )
}
