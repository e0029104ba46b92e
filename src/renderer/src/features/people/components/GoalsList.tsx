import { useState } from 'react'
import { ActionIcon, Badge, Button, Card, Group, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import {
  GOAL_HORIZON_LABELS,
  GOAL_HORIZONS,
  GOAL_KIND_LABELS,
  GOAL_KINDS,
  GOAL_STATUS_LABELS,
  GOAL_STATUSES,
  type Goal,
  type GoalInput
} from '@shared/domain/goal'
import { formatDay, todayLocal } from '../../../api/format'
import { useRoute, useRouteMutation } from '../../../api/queries'

const STATUS_COLOR = { active: 'blue', achieved: 'teal', paused: 'gray', dropped: 'red' } as const
type GoalFormValues = Required<Omit<GoalInput, 'achievedOn'>> & { achievedOn: string }
const empty = (): GoalFormValues => ({
  title: '',
  kind: 'promotion',
  horizon: 'this-year',
  status: 'active',
  why: '',
  since: todayLocal(),
  achievedOn: todayLocal()
})
/** "Achieved on" is sent only for an achieved goal: other statuses have no such day. */
const toInput = ({ achievedOn, ...v }: GoalFormValues): GoalInput => (v.status === 'achieved' ? { ...v, achievedOn } : v)

function GoalForm({
  initial,
  onSubmit,
  onCancel
}: {
  initial: GoalFormValues
  onSubmit(g: GoalInput): Promise<unknown>
  onCancel(): void
}) {
  const [v, setV] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      aria-label="Goal"
      onSubmit={async (e) => {
        e.preventDefault()
        try {
          await onSubmit(toInput(v))
        } catch (err) {
          setError((err as Error).message)
        }
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Goal"
          required
          data-autofocus
          placeholder="Promotion to Group PM"
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
        />
        <Group grow>
          <Select
            label="Kind"
            allowDeselect={false}
            data={GOAL_KINDS.map((k) => ({ value: k, label: GOAL_KIND_LABELS[k] }))}
            value={v.kind}
            onChange={(k) => k && setV({ ...v, kind: k as Goal['kind'] })}
          />
          <Select
            label="Horizon"
            allowDeselect={false}
            data={GOAL_HORIZONS.map((h) => ({ value: h, label: GOAL_HORIZON_LABELS[h] }))}
            value={v.horizon}
            onChange={(h) => h && setV({ ...v, horizon: h as Goal['horizon'] })}
          />
          <Select
            label="Status"
            allowDeselect={false}
            data={GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }))}
            value={v.status}
            onChange={(s) => s && setV({ ...v, status: s as Goal['status'] })}
          />
        </Group>
        <Group grow>
          <TextInput
            label="Since"
            description="When you started working towards it."
            type="date"
            required
            value={v.since}
            onChange={(e) => setV({ ...v, since: e.currentTarget.value })}
          />
          {v.status === 'achieved' && (
            <TextInput
              label="Achieved on"
              type="date"
              required
              value={v.achievedOn}
              onChange={(e) => setV({ ...v, achievedOn: e.currentTarget.value })}
            />
          )}
        </Group>
        <Textarea
          label="Why it matters"
          description="Said as a win for both: what your manager gets when you get this."
          autosize
          minRows={2}
          value={v.why}
          onChange={(e) => setV({ ...v, why: e.currentTarget.value })}
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">Save goal</Button>
        </Group>
      </Stack>
    </form>
  )
}

export function GoalsList() {
  const goals = useRoute('goals.list', {})
  const create = useRouteMutation('goals.create')
  const update = useRouteMutation('goals.update')
  const remove = useRouteMutation('goals.delete')
  const [editing, setEditing] = useState<Goal | 'new' | null>(null)
  const list = goals.data ?? []
  return (
    <Card withBorder padding="lg" component="section" aria-label="Your goals">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Your goals</Title>
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setEditing('new')}>
            Add goal
          </Button>
        </Group>
        {list.length === 0 && (
          <Text size="sm" c="dimmed">
            No goals yet. A promotion, a role change, a raise, a new skill, a different project, more balance — name one, and say why it
            matters.
          </Text>
        )}
        {list.map((g) => (
          <Group key={g.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Group gap={6}>
                <Text fw={600}>{g.title}</Text>
                <Badge variant="light" color={STATUS_COLOR[g.status]} tt="none">
                  {GOAL_STATUS_LABELS[g.status]}
                </Badge>
                <Badge variant="outline" color="gray" tt="none">
                  {GOAL_KIND_LABELS[g.kind]} · {GOAL_HORIZON_LABELS[g.horizon]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                Since {formatDay(g.since)}
                {g.status === 'achieved' && g.achievedOn ? ` · achieved ${formatDay(g.achievedOn)}` : ''}
              </Text>
              {g.why && (
                <Text size="sm" c="dimmed">
                  {g.why}
                </Text>
              )}
            </Stack>
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={`Edit goal ${g.title}`} onClick={() => setEditing(g)}>
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={`Delete goal ${g.title}`} onClick={() => remove.mutate({ id: g.id })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New goal' : 'Edit goal'}>
        {editing !== null && (
          <GoalForm
            initial={
              editing === 'new'
                ? empty()
                : {
                    title: editing.title,
                    kind: editing.kind,
                    horizon: editing.horizon,
                    status: editing.status,
                    why: editing.why,
                    since: editing.since,
                    achievedOn: editing.achievedOn ?? todayLocal()
                  }
            }
            onCancel={() => setEditing(null)}
            onSubmit={async (g) => {
              if (editing === 'new') await create.mutateAsync(g)
              else await update.mutateAsync({ id: editing.id, goal: g })
              setEditing(null)
            }}
          />
        )}
      </Modal>
    </Card>
  )
}
