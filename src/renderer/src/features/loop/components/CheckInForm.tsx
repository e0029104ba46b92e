import { useMemo } from 'react'
import { Badge, Button, Card, Checkbox, Group, MultiSelect, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { CheckIn } from '@shared/domain/checkIn'
import type { CheckInPrefill } from '@shared/domain/loop'
import { PERSON_ROLE_LABELS, type Person } from '@shared/domain/person'
import { formatDay, todayLocal } from '../../../api/format'
import { useRoute, useRouteMutation } from '../../../api/queries'
import { FormProblems } from '../../../forms/FormProblems'
import { withLimit } from '../../../forms/LimitCounter'
import { useZodForm } from '../../../forms/useZodForm'
import { CHECK_IN_LABELS, checkInFormSpec, checkInValues, initialCheckIn, lines, type CheckInFormValues } from './checkInFormValues'

function Step({ n, title, hint, children }: { n: string; title: string; hint: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md" component="fieldset" style={{ margin: 0 }} aria-label={title}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge size="lg" circle variant="filled" aria-hidden>
            {n}
          </Badge>
          <Title order={4}>{title}</Title>
        </Group>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {children}
      </Stack>
    </Card>
  )
}

/**
 * One loop conversation, in the framework's order. Their goals and blockers start as what you
 * heard last time; saving makes the edited lists current (the old ones stay as history).
 * Validated with the same schema as checkIns.create (shared/domain/checkIn.ts).
 */
export function CheckInForm({
  people,
  initialPersonId,
  prefill,
  editing,
  onSaved,
  onCancel
}: {
  people: Person[]
  initialPersonId?: string
  /** From a prepared agenda ("Log this check-in"): its questions, ready for the answers. */
  prefill?: CheckInPrefill
  /** A saved check-in to correct: every field, saved with checkIns.update. */
  editing?: CheckIn
  onSaved(): void
  onCancel?(): void
}) {
  const goals = useRoute('goals.list', {})
  const log = useRouteMutation('checkIns.create')
  const update = useRouteMutation('checkIns.update')
  const first = people.find((p) => p.id === initialPersonId) ?? people[0]
  const { form, limit, save } = useZodForm<CheckInFormValues, typeof checkInFormSpec.schema>({
    name: editing ? `check-in-edit-${editing.id}` : 'check-in',
    initialValues: useMemo(() => (editing ? checkInValues(editing) : initialCheckIn(first, todayLocal(), prefill)), []), // eslint-disable-line react-hooks/exhaustive-deps
    spec: checkInFormSpec
  })
  const v = form.values
  const person = people.find((p) => p.id === v.personId)

  const servesOptions = useMemo(
    () => [
      { group: 'Their goals', items: lines(v.theirGoals).map((t) => ({ value: `personGoal|${t}`, label: t })) },
      { group: 'Their blockers', items: lines(v.theirBlockers).map((t) => ({ value: `blocker|${t}`, label: t })) },
      { group: 'Your goals', items: (goals.data ?? []).map((g) => ({ value: `goal|${g.id}`, label: g.title })) }
    ],
    [v.theirGoals, v.theirBlockers, goals.data]
  )

  const text = (path: keyof CheckInFormValues & string, inputPath = `checkIn.${path}`) => ({
    ...form.getInputProps(path),
    ...withLimit(String(v[path] ?? ''), limit(inputPath))
  })
  const list = (path: 'theirGoals' | 'theirBlockers') => ({
    ...form.getInputProps(path),
    ...withLimit(v[path], limit(`checkIn.${path}`), 'lines')
  })

  const submit = save(async (input) => {
    if (editing) {
      await update.mutateAsync({ id: editing.id, checkIn: input.checkIn })
      notifications.show({ color: 'teal', title: 'Check-in corrected', message: `The conversation of ${formatDay(v.date)} is saved.` })
      onSaved()
      return
    }
    const out = await log.mutateAsync(input)
    notifications.show({
      color: 'teal',
      title: 'Check-in saved',
      message: out.commitment ? `Commitment created: ${out.commitment.title}` : `${person?.name}'s current goals and blockers are updated.`
    })
    onSaved()
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Check-in">
      <Stack gap="md" maw={860}>
        <Group grow align="flex-start">
          <Select
            label="With"
            required
            allowDeselect={false}
            data={people.map((p) => ({ value: p.id, label: `${p.name} (${PERSON_ROLE_LABELS[p.role].toLowerCase()})` }))}
            {...form.getInputProps('personId')}
            onChange={(id) => {
              // A different person: start from what you last heard from them.
              const next = people.find((p) => p.id === id)
              const fresh = initialCheckIn(next, v.date)
              form.setValues({ personId: id, theirGoals: fresh.theirGoals, theirBlockers: fresh.theirBlockers })
            }}
          />
          <TextInput label="Date" type="date" required {...form.getInputProps('date')} />
        </Group>
        <Step
          n="1"
          title="How is my current work landing?"
          hint="Do your current job well first. Ask: is there anything I should fix or do differently?"
        >
          <Textarea label="What they said about my work" autosize minRows={2} {...text('howAmIDoing')} />
        </Step>
        <Step
          n="2"
          title="How can I help?"
          hint="Ask what they are trying to do and what is blocking them. One per line; last time's answers are filled in — edit them."
        >
          <Textarea label="What are they trying to do?" description="One per line" autosize minRows={2} {...list('theirGoals')} />
          <Textarea label="What is blocking them?" description="One per line" autosize minRows={2} {...list('theirBlockers')} />
        </Step>
        <Step
          n="3"
          title="The one thing"
          hint="What you offered, or what they asked for. Make it a real challenge, not admin work — then deliver it exceptionally well."
        >
          <Textarea label="The one thing I offered / they asked for" autosize minRows={2} {...text('offer')} />
          {!editing && (
            <Checkbox
              label="Track it as a commitment (the one thing I'll do)"
              {...form.getInputProps('withCommitment', { type: 'checkbox' })}
            />
          )}
          {!editing && v.withCommitment && (
            <Group grow align="flex-start">
              <TextInput
                label="Commitment"
                description="Its own title: a short name for what you will do."
                placeholder="Draft v1 of the strategy doc"
                {...form.getInputProps('commitTitle')}
                {...withLimit(v.commitTitle, limit('commitment.title'), 'text')}
              />
              <TextInput label="Due" type="date" {...form.getInputProps('due')} />
              <Select
                label="It serves"
                placeholder="Their goal, blocker or your goal"
                data={servesOptions}
                clearable
                {...form.getInputProps('serves')}
              />
            </Group>
          )}
        </Step>
        <Step n="4" title="Ask for help with your goals" hint="Framed as a win for both. They can't help with goals they don't know.">
          <MultiSelect
            label="Your goals discussed"
            data={(goals.data ?? []).map((g) => ({ value: g.id, label: g.title }))}
            {...form.getInputProps('goalIds')}
          />
          <Textarea label="What I asked for" autosize minRows={2} {...text('myAsk')} />
          <Textarea label="Their answer" autosize minRows={2} {...text('theirAnswer')} />
        </Step>
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Textarea label="Notes" autosize minRows={2} {...text('notes')} />
            <Checkbox
              label="These notes are private (never sent to any model)"
              {...form.getInputProps('notesPrivate', { type: 'checkbox' })}
            />
          </Stack>
        </Card>
        <FormProblems form={form} labels={CHECK_IN_LABELS} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" size="md" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" size="md" loading={form.submitting}>
            {editing ? 'Save changes' : 'Save check-in'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
