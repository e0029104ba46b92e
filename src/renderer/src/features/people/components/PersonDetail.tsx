import { useState } from 'react'
import { Anchor, Badge, Button, Card, Divider, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArchive, IconArchiveOff, IconPencil, IconRepeat, IconTrash } from '@tabler/icons-react'
import { COMMITMENT_STATUS_LABELS } from '@shared/domain/commitment'
import { PERSON_ROLE_LABELS, type Person } from '@shared/domain/person'
import { formatDay } from '../../../api/format'
import { useRoute, useRouteMutation } from '../../../api/queries'
import { useNavigation } from '../../../app/navigation'
import { CadenceSummary, type CadenceView } from './CadenceSummary'
import { ItemsSection } from './ItemsSection'
import { PersonForm } from './PersonForm'

export function PersonDetail({
  person,
  cadence,
  onDeleted,
  onArchived
}: {
  person: Person
  cadence?: CadenceView
  onDeleted(): void
  /** Archiving moves them to the "Archived" list; the page keeps them selected. */
  onArchived?(): void
}) {
  const { go } = useNavigation()
  const [editing, setEditing] = useState(false)
  const update = useRouteMutation('people.update')
  const remove = useRouteMutation('people.delete')
  const archive = useRouteMutation('people.archive')
  const checkIns = useRoute('checkIns.list', { personId: person.id })
  const commitments = useRoute('commitments.list', { personId: person.id })

  const onDelete = async () => {
    try {
      await remove.mutateAsync({ id: person.id })
      onDeleted()
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not removed', message: (error as Error).message })
    }
  }

  const setArchived = async (archived: boolean) => {
    try {
      await archive.mutateAsync({ id: person.id, archived })
      onArchived?.()
      notifications.show({
        color: 'teal',
        title: archived ? `${person.name} archived` : `${person.name} restored`,
        message: archived
          ? 'Their check-ins and commitments stay in your history; they leave the dashboard and the pickers.'
          : 'Back on the dashboard and in the pickers.'
      })
    } catch (error) {
      notifications.show({ color: 'red', title: archived ? 'Not archived' : 'Not restored', message: (error as Error).message })
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label={`${person.name} details`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3}>{person.name}</Title>
              <Badge variant="light">{PERSON_ROLE_LABELS[person.role]}</Badge>
              {person.archived && (
                <Badge variant="light" color="gray">
                  Archived
                </Badge>
              )}
            </Group>
            {person.title && <Text c="dimmed">{person.title}</Text>}
          </Stack>
          <Group gap="xs">
            {person.archived ? (
              <Button leftSection={<IconArchiveOff size={16} />} onClick={() => setArchived(false)}>
                Restore
              </Button>
            ) : (
              <>
                <Button variant="light" onClick={() => go('loop', `prepare:${person.id}`)}>
                  Prepare next check-in
                </Button>
                <Button leftSection={<IconRepeat size={16} />} onClick={() => go('loop', `new:${person.id}`)}>
                  Log a check-in
                </Button>
                <Button variant="default" leftSection={<IconArchive size={16} />} onClick={() => setArchived(true)}>
                  Archive
                </Button>
              </>
            )}
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button variant="subtle" color="red" aria-label={`Remove ${person.name}`} onClick={onDelete}>
              <IconTrash size={16} />
            </Button>
          </Group>
        </Group>
        {cadence && <CadenceSummary cadence={cadence} />}
        <Divider />
        <ItemsSection person={person} kind="goal" />
        <ItemsSection person={person} kind="blocker" />
        <ItemsSection person={person} kind="note" />
        <Divider />
        <Text fw={600}>Check-ins with {person.name}</Text>
        {(checkIns.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            No check-ins logged. The first one starts the loop: ask how your work is landing, what they are trying to do, what blocks them —
            and offer one real thing.
          </Text>
        ) : (
          (checkIns.data ?? []).map((c) => (
            <Anchor key={c.id} component="button" ta="left" size="sm" onClick={() => go('loop', c.id)}>
              <b>{formatDay(c.date)}</b> — {c.offer || 'no offer recorded'}
            </Anchor>
          ))
        )}
        {(commitments.data ?? []).length > 0 && <Text fw={600}>Commitments to {person.name}</Text>}
        {(commitments.data ?? []).map((c) => (
          <Group key={c.id} gap="xs">
            <Badge variant="outline" size="sm">
              {COMMITMENT_STATUS_LABELS[c.status]}
            </Badge>
            <Anchor component="button" size="sm" onClick={() => go('loop', `commitment:${c.id}`)}>
              {c.title}
            </Anchor>
          </Group>
        ))}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={`Edit ${person.name}`}>
        <PersonForm
          person={person}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await update.mutateAsync({ id: person.id, person: input })
            setEditing(false)
          }}
        />
      </Modal>
    </Card>
  )
}
