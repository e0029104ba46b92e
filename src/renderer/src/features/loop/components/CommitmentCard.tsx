import { useState } from 'react'
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { IconTrophy } from '@tabler/icons-react'
import { COMMITMENT_STATUS_LABELS, COMMITMENT_TRANSITIONS, type Commitment, type CommitmentStatus } from '@shared/domain/commitment'
import { formatDay, todayLocal } from '../../../api/format'
import { useRouteMutation } from '../../../api/queries'
import { useNavigation } from '../../../app/navigation'
import { CommitmentEditDialog } from './CommitmentEditDialog'

const STATUS_COLOR: Record<CommitmentStatus, string> = {
  proposed: 'gray',
  accepted: 'blue',
  'in-progress': 'indigo',
  delivered: 'teal',
  dropped: 'red'
}
const ACTION: Record<CommitmentStatus, string> = {
  proposed: 'Back to proposed',
  accepted: 'Accepted',
  'in-progress': 'Start',
  delivered: 'Mark delivered',
  dropped: 'Drop'
}

const STEP_TITLE: Record<CommitmentStatus, string> = {
  proposed: 'Back to proposed',
  accepted: 'Accepted — on which day?',
  'in-progress': 'Started — on which day?',
  delivered: 'Mark delivered',
  dropped: 'Drop this commitment'
}

/** Where the win form is opened prefilled from a delivered commitment (handled by the wins section). */
export const winPrefillTarget = (c: Commitment, date: string) =>
  `new:${JSON.stringify({ title: c.title, whatIDid: c.detail, impact: c.outcome, date, commitmentId: c.id })}`

/** Delivering is the moment to log the win: asked right away, prefilled and linked. */
export function LogWinOffer({ delivered, onClose }: { delivered: { c: Commitment; on: string } | null; onClose(): void }) {
  const { go } = useNavigation()
  return (
    <Modal opened={delivered !== null} onClose={onClose} title="Delivered — log the win?">
      <Stack gap="sm">
        <Text size="sm">
          This is the loop paying off. Log it as a win now, while you remember what changed and for whom; it stays linked to this
          commitment.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Later
          </Button>
          <Button
            color="teal"
            leftSection={<IconTrophy size={16} />}
            onClick={() => {
              onClose()
              if (delivered) go('wins', winPrefillTarget(delivered.c, delivered.on))
            }}
          >
            Log the win
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

export function CommitmentCard({
  c,
  personName,
  servesText,
  onDelivered
}: {
  c: Commitment & { winIds: string[]; linkedWins: { id: string; title: string }[] }
  personName?: string
  servesText?: string
  /** The card may leave an "open" list once delivered, so the offer to log the win lives with the parent. */
  onDelivered?(c: Commitment, on: string): void
}) {
  const { go } = useNavigation()
  const transition = useRouteMutation('commitments.transition')
  const [closing, setClosing] = useState<CommitmentStatus | null>(null)
  const [on, setOn] = useState(todayLocal())
  const [outcome, setOutcome] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const linked = c.linkedWins
  const overdue = c.dueDate && c.dueDate < todayLocal() && !['delivered', 'dropped'].includes(c.status)

  const move = async (to: CommitmentStatus, extra: { on?: string; outcome?: string } = {}) => {
    try {
      const next = await transition.mutateAsync({ id: c.id, to, ...extra })
      setClosing(null)
      setError(null)
      if (to === 'delivered') onDelivered?.(next, extra.on ?? todayLocal())
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <Card withBorder padding="md" component="article" aria-label={`Commitment: ${c.title}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{c.title}</Text>
            <Text size="xs" c="dimmed">
              {[personName && `For ${personName}`, servesText && `serves: ${servesText}`, c.dueDate && `due ${formatDay(c.dueDate)}`]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Group gap={4}>
            {overdue && (
              <Badge color="red" variant="light">
                Overdue
              </Badge>
            )}
            <Badge color={STATUS_COLOR[c.status]}>{COMMITMENT_STATUS_LABELS[c.status]}</Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {c.history.map((h) => `${COMMITMENT_STATUS_LABELS[h.status]} ${formatDay(h.on)}`).join(' → ')}
        </Text>
        {c.outcome && <Text size="sm">{c.outcome}</Text>}
        {linked.map((w) => (
          <Group key={w.id} gap={6}>
            <IconTrophy size={14} color="var(--mantine-color-teal-6)" />
            <Text size="sm">
              Led to:{' '}
              <Anchor component="button" type="button" onClick={() => go('wins', w.id)}>
                {w.title}
              </Anchor>
            </Text>
          </Group>
        ))}
        <Group gap="xs">
          {COMMITMENT_TRANSITIONS[c.status].map((to) => (
            <Button
              key={to}
              size="compact-sm"
              variant={to === 'delivered' ? 'filled' : to === 'dropped' ? 'subtle' : 'light'}
              color={to === 'dropped' ? 'red' : to === 'delivered' ? 'teal' : undefined}
              onClick={() => {
                setOn(todayLocal())
                setClosing(to)
              }}
            >
              {ACTION[to]}
            </Button>
          ))}
          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
            Edit
          </Button>
          {c.status === 'delivered' && linked.length === 0 && (
            <Button
              size="compact-sm"
              variant="light"
              color="teal"
              leftSection={<IconTrophy size={14} />}
              onClick={() => go('wins', winPrefillTarget(c, c.history.at(-1)?.on ?? todayLocal()))}
            >
              Log the win
            </Button>
          )}
        </Group>
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
      {editing && <CommitmentEditDialog c={c} opened onClose={() => setEditing(false)} />}
      <Modal opened={closing !== null} onClose={() => setClosing(null)} title={closing ? STEP_TITLE[closing] : ''}>
        <Stack gap="sm">
          <TextInput
            label={closing ? `${COMMITMENT_STATUS_LABELS[closing]} on` : ''}
            description={`Your day for it; on or after ${formatDay(c.history.at(-1)?.on ?? on)}, the step before.`}
            type="date"
            data-autofocus
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          {(closing === 'delivered' || closing === 'dropped') && (
            <Textarea
              label={closing === 'delivered' ? 'How did it land?' : 'Why drop it?'}
              description={
                closing === 'delivered' ? 'What changed, for whom — the start of the win.' : 'Saying so early beats delivering it poorly.'
              }
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
            <Button variant="default" onClick={() => setClosing(null)}>
              Cancel
            </Button>
            <Button
              color={closing === 'dropped' ? 'red' : 'teal'}
              onClick={() => closing && move(closing, closing === 'delivered' || closing === 'dropped' ? { on, outcome } : { on })}
            >
              {closing ? ACTION[closing] : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}
