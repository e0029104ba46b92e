import { useState } from 'react'
import { notifications } from '@mantine/notifications'
import { ActionIcon, Alert, Badge, Button, Checkbox, Collapse, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconArchive, IconArrowBackUp, IconLock, IconLockOpen, IconPlus, IconTrash } from '@tabler/icons-react'
import type { Person, PersonItem } from '@shared/domain/person'
import { privateLookalike } from '@shared/domain/itemText'
import { formatDay, todayLocal } from '../../../api/format'
import { useRouteMutation } from '../../../api/queries'

const WORDS = {
  goal: { title: 'What they are trying to do', add: 'Add a goal', placeholder: 'Refresh the product strategy', dated: 'as heard on' },
  blocker: { title: 'What blocks them', add: 'Add a blocker', placeholder: 'No time to write the strategy doc', dated: 'as heard on' },
  note: { title: 'Notes', add: 'Add a note', placeholder: 'Prefers a written pre-read', dated: 'written' }
} as const

/** One list of a person's goals, blockers or notes: current on top, history folded below. */
export function ItemsSection({ person, kind }: { person: Person; kind: PersonItem['kind'] }) {
  const words = WORDS[kind]
  const [text, setText] = useState('')
  const [date, setDate] = useState(todayLocal())
  const [isPrivate, setPrivate] = useState(false)
  const [showPast, setShowPast] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // A shareable item that reads like a private one waits for the person's answer before saving.
  const [lookalike, setLookalike] = useState<PersonItem | null>(null)
  const add = useRouteMutation('people.addItem')
  const update = useRouteMutation('people.updateItem')
  const remove = useRouteMutation('people.removeItem')
  const items = person.items.filter((i) => i.kind === kind)
  const current = items.filter((i) => i.current)
  const past = items.filter((i) => !i.current)

  const save = async (asPrivate: boolean) => {
    setLookalike(null)
    try {
      await add.mutateAsync({ personId: person.id, kind, text, date, private: asPrivate })
      setText('')
      setPrivate(false)
      setError(null)
    } catch (err) {
      setError((err as Error).message)
    }
  }

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const like = isPrivate ? undefined : privateLookalike(text, kind, person.items)
    if (like) setLookalike(like)
    else await save(isPrivate)
  }

  const row = (item: PersonItem) => (
    <Group key={item.id} justify="space-between" wrap="nowrap" align="flex-start" role="group" aria-label={item.text}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" td={item.current ? undefined : 'line-through'} c={item.current ? undefined : 'dimmed'} className="lw-prewrap">
          {item.text}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {words.dated}
          </Text>
          {/* The user's day, correctable in place; saved when the field is left. */}
          <TextInput
            key={item.date}
            size="xs"
            type="date"
            variant="unstyled"
            aria-label={`${words.dated}: ${item.text}`}
            defaultValue={item.date}
            onBlur={(e) => {
              const next = e.currentTarget.value
              if (/^\d{4}-\d{2}-\d{2}$/.test(next) && next !== item.date)
                update.mutate(
                  { personId: person.id, itemId: item.id, date: next },
                  { onError: (err) => notifications.show({ color: 'red', title: 'Date not changed', message: err.message }) }
                )
            }}
          />
          {item.until && (
            <Text size="xs" c="dimmed">
              · until {formatDay(item.until)}
            </Text>
          )}
        </Group>
      </Stack>
      <Group gap={4} wrap="nowrap">
        {item.private && (
          <Badge color="grape" variant="light" leftSection={<IconLock size={12} />}>
            Private
          </Badge>
        )}
        <Tooltip label={item.private ? 'Make it shareable with drafting' : 'Mark private: never sent to any model'}>
          <ActionIcon
            variant="subtle"
            color="grape"
            aria-label={item.private ? `Unmark private: ${item.text}` : `Mark private: ${item.text}`}
            onClick={() => update.mutate({ personId: person.id, itemId: item.id, private: !item.private })}
          >
            {item.private ? <IconLockOpen size={16} /> : <IconLock size={16} />}
          </ActionIcon>
        </Tooltip>
        {kind !== 'note' && (
          <Tooltip label={item.current ? 'No longer current (keep as history)' : 'Current again'}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={item.current ? `Move to history: ${item.text}` : `Make current: ${item.text}`}
              onClick={() => update.mutate({ personId: person.id, itemId: item.id, current: !item.current })}
            >
              {item.current ? <IconArchive size={16} /> : <IconArrowBackUp size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Delete: ${item.text}`}
          onClick={() => remove.mutate({ personId: person.id, itemId: item.id })}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Group>
  )

  return (
    <Stack gap="xs" component="section" aria-label={words.title}>
      <Text fw={600}>{words.title}</Text>
      {current.length === 0 && (
        <Text size="sm" c="dimmed">
          {kind === 'goal'
            ? 'Nothing yet. Ask: "What are you trying to do this quarter?"'
            : kind === 'blocker'
              ? 'Nothing yet. Ask: "What is blocking you?" — that is where your offer comes from.'
              : 'Anything worth remembering about working with them. Mark private what must never reach a model.'}
        </Text>
      )}
      {current.map(row)}
      {past.length > 0 && (
        <>
          <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setShowPast((s) => !s)}>
            {showPast ? 'Hide' : 'Show'} history ({past.length})
          </Button>
          <Collapse expanded={showPast}>
            <Stack gap={6}>{past.map(row)}</Stack>
          </Collapse>
        </>
      )}
      <form onSubmit={submit} aria-label={words.add}>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            aria-label={`New ${kind}`}
            placeholder={words.placeholder}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
            error={error}
          />
          <TextInput aria-label={`${kind} date`} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} w={150} />
          <Checkbox label="Private" checked={isPrivate} onChange={(e) => setPrivate(e.currentTarget.checked)} mb={8} />
          <Button type="submit" variant="light" leftSection={<IconPlus size={14} />} disabled={!text.trim()}>
            {words.add}
          </Button>
        </Group>
      </form>
      {lookalike && (
        <Alert color="grape" icon={<IconLock size={16} />} title={`This looks like your private ${kind}`} role="alert">
          <Stack gap="xs">
            <Text size="sm">
              “{lookalike.text}” is marked private. Saved as shareable, these words could reach a model. Keep it private?
            </Text>
            <Group gap="xs">
              <Button size="xs" color="grape" onClick={() => void save(true)}>
                Keep it private
              </Button>
              <Button size="xs" variant="default" onClick={() => void save(false)}>
                Save as shareable
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setLookalike(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}
