import { useState } from 'react'
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { COMMITMENT_STATUS_LABELS, type Commitment } from '@shared/domain/commitment'
import { useRoute, useRouteMutation } from '../../../api/queries'

/**
 * Correct a commitment after the fact: its title (its own field), detail, due day, each step's
 * day and the outcome. The core checks the days against each other only, never against today.
 */
export function CommitmentEditDialog({ c, opened, onClose }: { c: Commitment; opened: boolean; onClose(): void }) {
  const update = useRouteMutation('commitments.update')
  const [title, setTitle] = useState(c.title)
  const [detail, setDetail] = useState(c.detail)
  const [dueDate, setDueDate] = useState(c.dueDate ?? '')
  const [history, setHistory] = useState(c.history)
  const [outcome, setOutcome] = useState(c.outcome)
  const [serves, setServes] = useState<string | null>(c.serves ? `${c.serves.kind}|${c.serves.id}` : null)
  const people = useRoute('people.list', {})
  const goals = useRoute('goals.list', {})
  const person = (people.data ?? []).find((p) => p.id === c.personId)
  // Their goals and blockers (current ones, plus the one it serves even if no longer current), and your goals.
  const items = (kind: 'goal' | 'blocker') =>
    (person?.items ?? [])
      .filter((i) => i.kind === kind && (i.current || i.id === c.serves?.id))
      .map((i) => ({ value: `${kind === 'goal' ? 'personGoal' : 'blocker'}|${i.id}`, label: i.text }))
  const servesOptions = [
    { group: 'Their goals', items: items('goal') },
    { group: 'Their blockers', items: items('blocker') },
    { group: 'Your goals', items: (goals.data ?? []).map((g) => ({ value: `goal|${g.id}`, label: g.title })) }
  ]
  const [error, setError] = useState<string | null>(null)
  const closed = c.status === 'delivered' || c.status === 'dropped'

  const save = async () => {
    try {
      await update.mutateAsync({
        id: c.id,
        commitment: {
          title,
          detail,
          ...(c.personId ? { personId: c.personId } : {}),
          ...(c.checkInId ? { checkInId: c.checkInId } : {}),
          ...(serves
            ? {
                serves: {
                  kind: serves.slice(0, serves.indexOf('|')) as 'goal' | 'personGoal' | 'blocker',
                  id: serves.slice(serves.indexOf('|') + 1)
                }
              }
            : {}),
          ...(dueDate ? { dueDate } : {})
        },
        history,
        outcome
      })
      setError(null)
      onClose()
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Edit commitment">
      <form
        aria-label="Edit commitment"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <Stack gap="sm">
          <TextInput label="What you will do" required data-autofocus value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea label="Detail" autosize minRows={2} value={detail} onChange={(e) => setDetail(e.currentTarget.value)} />
          <Group grow align="flex-start">
            <TextInput label="Due" type="date" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
            <Select
              label="It serves"
              placeholder="Their goal, blocker or your goal"
              clearable
              data={servesOptions}
              value={serves}
              onChange={setServes}
            />
          </Group>
          <Text size="sm" fw={600}>
            Steps
          </Text>
          {history.map((h, i) => (
            <TextInput
              key={`${h.status}-${i}`}
              label={`${COMMITMENT_STATUS_LABELS[h.status]} on`}
              type="date"
              required
              value={h.on}
              onChange={(e) => {
                const on = e.currentTarget.value
                setHistory(history.map((step, j) => (j === i ? { ...step, on } : step)))
              }}
            />
          ))}
          {closed && (
            <Textarea
              label={c.status === 'delivered' ? 'How did it land?' : 'Why it was dropped'}
              autosize
              minRows={2}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
            />
          )}
          {error && (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save commitment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
