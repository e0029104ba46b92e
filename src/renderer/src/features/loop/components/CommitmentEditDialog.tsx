import { useState } from 'react'
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { COMMITMENT_STATUS_LABELS, type Commitment } from '@shared/domain/commitment'
import { useRouteMutation } from '../../../api/queries'

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
          ...(c.serves ? { serves: c.serves } : {}),
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
          <TextInput label="Due" type="date" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
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
