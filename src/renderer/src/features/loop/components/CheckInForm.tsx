import { useEffect, useMemo, useRef, useState } from 'react'
import { Badge, Button, Card, Checkbox, Group, MultiSelect, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { CheckInPrefill } from '@shared/domain/loop'
import type { Person } from '@shared/domain/person'
import { todayLocal } from '../../../api/format'
import { useRoute, useRouteMutation } from '../../../api/queries'

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

function Step({ n, title, hint, children }: { n: string; title: string; hint: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md" component="fieldset" style={{ margin: 0 }} aria-label={title}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge size="lg" circle variant="filled">
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
 */
export function CheckInForm({
  people,
  initialPersonId,
  prefill,
  onSaved
}: {
  people: Person[]
  initialPersonId?: string
  /** From a prepared agenda ("Log this check-in"): its questions, ready for the answers. */
  prefill?: CheckInPrefill
  onSaved(): void
}) {
  const goals = useRoute('goals.list', {})
  const save = useRouteMutation('checkIns.create')
  const [personId, setPersonId] = useState<string | null>(initialPersonId ?? people[0]?.id ?? null)
  const person = people.find((p) => p.id === personId)
  const [date, setDate] = useState(prefill?.date ?? todayLocal())
  const [howAmIDoing, setHow] = useState(prefill?.howAmIDoing ?? '')
  const [theirGoals, setTheirGoals] = useState(prefill?.theirGoals.join('\n') ?? '')
  const [theirBlockers, setTheirBlockers] = useState(prefill?.theirBlockers.join('\n') ?? '')
  const [offer, setOffer] = useState(prefill?.offer ?? '')
  const [goalIds, setGoalIds] = useState<string[]>(prefill?.goalIds ?? [])
  const [myAsk, setMyAsk] = useState(prefill?.myAsk ?? '')
  const [theirAnswer, setTheirAnswer] = useState('')
  const [notes, setNotes] = useState(prefill?.notes ?? '')
  const [notesPrivate, setNotesPrivate] = useState(false)
  const [withCommitment, setWithCommitment] = useState(true)
  const [commitTitle, setCommitTitle] = useState(prefill?.offer ?? '')
  const [due, setDue] = useState('')
  const [serves, setServes] = useState<string | null>(prefill?.serves ? `${prefill.serves.kind}|${prefill.serves.text}` : null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (initialPersonId) setPersonId(initialPersonId)
  }, [initialPersonId])
  // Start from what was heard last time: the user edits rather than retypes.
  const fromAgenda = useRef(Boolean(prefill))
  useEffect(() => {
    if (!person) return
    // An agenda already filled them in, as they stood on the meeting day.
    if (fromAgenda.current) {
      fromAgenda.current = false
      return
    }
    setTheirGoals(
      person.items
        .filter((i) => i.kind === 'goal' && i.current)
        .map((i) => i.text)
        .join('\n')
    )
    setTheirBlockers(
      person.items
        .filter((i) => i.kind === 'blocker' && i.current)
        .map((i) => i.text)
        .join('\n')
    )
  }, [person?.id]) // eslint-disable-line react-hooks/exhaustive-deps

  const servesOptions = useMemo(
    () => [
      { group: 'Their goals', items: lines(theirGoals).map((t) => ({ value: `personGoal|${t}`, label: t })) },
      { group: 'Their blockers', items: lines(theirBlockers).map((t) => ({ value: `blocker|${t}`, label: t })) },
      { group: 'Your goals', items: (goals.data ?? []).map((g) => ({ value: `goal|${g.id}`, label: g.title })) }
    ],
    [theirGoals, theirBlockers, goals.data]
  )

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!personId) return setError('Pick who the conversation was with.')
    const [kind, ref] = serves ? [serves.slice(0, serves.indexOf('|')), serves.slice(serves.indexOf('|') + 1)] : []
    try {
      const out = await save.mutateAsync({
        checkIn: {
          personId,
          date,
          howAmIDoing,
          theirGoals: lines(theirGoals),
          theirBlockers: lines(theirBlockers),
          offer,
          myAsk,
          theirAnswer,
          goalIds,
          notes,
          notesPrivate
        },
        ...(withCommitment && commitTitle.trim()
          ? {
              commitment: {
                title: commitTitle,
                ...(due ? { dueDate: due } : {}),
                ...(kind && ref ? { serves: { kind: kind as 'goal' | 'personGoal' | 'blocker', ref } } : {})
              }
            }
          : {})
      })
      notifications.show({
        color: 'teal',
        title: 'Check-in saved',
        message: out.commitment
          ? `Commitment created: ${out.commitment.title}`
          : `${person?.name}'s current goals and blockers are updated.`
      })
      onSaved()
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <form onSubmit={submit} aria-label="Check-in">
      <Stack gap="md" maw={860}>
        <Group grow align="flex-end">
          <Select
            label="With"
            required
            allowDeselect={false}
            data={people.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }))}
            value={personId}
            onChange={setPersonId}
          />
          <TextInput label="Date" type="date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        </Group>
        <Step
          n="1"
          title="How is my current work landing?"
          hint="Do your current job well first. Ask: is there anything I should fix or do differently?"
        >
          <Textarea
            label="What they said about my work"
            autosize
            minRows={2}
            value={howAmIDoing}
            onChange={(e) => setHow(e.currentTarget.value)}
          />
        </Step>
        <Step
          n="2"
          title="How can I help?"
          hint="Ask what they are trying to do and what is blocking them. One per line; last time's answers are filled in — edit them."
        >
          <Textarea
            label="What are they trying to do?"
            description="One per line"
            autosize
            minRows={2}
            value={theirGoals}
            onChange={(e) => setTheirGoals(e.currentTarget.value)}
          />
          <Textarea
            label="What is blocking them?"
            description="One per line"
            autosize
            minRows={2}
            value={theirBlockers}
            onChange={(e) => setTheirBlockers(e.currentTarget.value)}
          />
        </Step>
        <Step
          n="3"
          title="The one thing"
          hint="What you offered, or what they asked for. Make it a real challenge, not admin work — then deliver it exceptionally well."
        >
          <Textarea
            label="The one thing I offered / they asked for"
            autosize
            minRows={2}
            value={offer}
            onChange={(e) => {
              const next = e.currentTarget.value
              // Keep the commitment title in step with the offer until the user edits it.
              if (!commitTitle || commitTitle === offer) setCommitTitle(next)
              setOffer(next)
            }}
          />
          <Checkbox
            label="Track it as a commitment (the one thing I'll do)"
            checked={withCommitment}
            onChange={(e) => setWithCommitment(e.currentTarget.checked)}
          />
          {withCommitment && (
            <Group grow align="flex-start">
              <TextInput
                label="Commitment"
                placeholder="Draft v1 of the strategy doc"
                value={commitTitle}
                onChange={(e) => setCommitTitle(e.currentTarget.value)}
              />
              <TextInput label="Due" type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
              <Select
                label="It serves"
                placeholder="Their goal, blocker or your goal"
                data={servesOptions}
                value={serves}
                onChange={setServes}
                clearable
              />
            </Group>
          )}
        </Step>
        <Step n="4" title="Ask for help with your goals" hint="Framed as a win for both. They can't help with goals they don't know.">
          <MultiSelect
            label="Your goals discussed"
            data={(goals.data ?? []).map((g) => ({ value: g.id, label: g.title }))}
            value={goalIds}
            onChange={setGoalIds}
          />
          <Textarea label="What I asked for" autosize minRows={2} value={myAsk} onChange={(e) => setMyAsk(e.currentTarget.value)} />
          <Textarea label="Their answer" autosize minRows={2} value={theirAnswer} onChange={(e) => setTheirAnswer(e.currentTarget.value)} />
        </Step>
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
            <Checkbox
              label="These notes are private (never sent to any model)"
              checked={notesPrivate}
              onChange={(e) => setNotesPrivate(e.currentTarget.checked)}
            />
          </Stack>
        </Card>
        {error && (
          <Text c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={save.isPending}>
            Save check-in
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
