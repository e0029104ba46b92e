import { useEffect, useRef, useState } from 'react'
import { Alert, Badge, Button, Card, Group, Select, Stack, Stepper, Text, Textarea, TextInput, Title } from '@mantine/core'
import type { Person } from '@shared/domain/person'
import { call } from '../../../../api/client'
import { formatDay, todayLocal } from '../../../../api/format'
import { useRefreshAll } from '../../../../api/queries'
import { useNavigation } from '../../../../app/navigation'
import {
  conversationCalls,
  conversationProblems,
  newBackfill,
  type BackfillDraft,
  type ConversationDraft,
  type Delivery
} from './backfillModel'

/** The draft survives leaving the page (and a reload): a year of history is too much to retype. */
const DRAFT_KEY = 'loopwise.backfill.draft.v1'
const readDraft = (): BackfillDraft | null => {
  try {
    const raw = localStorage.getItem(DRAFT_KEY)
    return raw ? (JSON.parse(raw) as BackfillDraft) : null
  } catch {
    return null
  }
}

/** Ctrl/⌘+Enter saves from anywhere in the screen, textareas included: the flow is keyboard-first. */
const submitOnCtrlEnter = (e: React.KeyboardEvent<HTMLFormElement>) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault()
    e.currentTarget.requestSubmit()
  }
}

export function BackfillFlow({ people }: { people: Person[] }) {
  const { go } = useNavigation()
  const refreshAll = useRefreshAll()
  const [state, setState] = useState<BackfillDraft>(() => readDraft() ?? newBackfill(todayLocal(), people[0]?.id ?? null))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => localStorage.setItem(DRAFT_KEY, JSON.stringify(state)), [state])

  const quarters = state.quarters
  const index = state.step - 1
  const done = state.step > quarters.length

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (err) {
      // The draft stays as typed; the message says what to fix.
      setError((err as Error).message)
    } finally {
      setBusy(false)
      void refreshAll()
    }
  }

  const saveSetup = () =>
    run(async () => {
      const s = state.setup
      let personId = s.personId
      if (!state.saved) {
        if (!personId) {
          if (!s.newName.trim()) throw new Error('Pick who the conversations were with, or type their name.')
          const created = (await call('people.create', { name: s.newName, role: 'manager', title: s.newTitle })).id
          personId = created
          // Remembered at once: a failure on the goal must not add the person a second time on retry.
          setState((prev) => ({ ...prev, setup: { ...prev.setup, personId: created } }))
        }
        const goalId = s.goalTitle.trim()
          ? (await call('goals.create', { title: s.goalTitle, kind: 'promotion', since: s.goalSince })).id
          : null
        setState((prev) => ({ ...prev, step: 1, saved: { personId: personId!, goalId }, setup: { ...prev.setup, personId } }))
      } else setState((prev) => ({ ...prev, step: 1 }))
    })

  const saveConversation = (i: number) =>
    run(async () => {
      const q = quarters[i]!
      if (!q.saved && state.saved) {
        const problems = Object.values(conversationProblems(q.draft))
        if (problems.length) throw new Error(problems.join(' '))
        const plan = conversationCalls(q.draft, state.saved.personId, state.saved.goalId)
        // One call, one save: a failure leaves no half-recorded quarter to retry on top of.
        await call('loop.backfillQuarter', { ...plan.checkIn, steps: plan.steps, ...(plan.win ? { win: plan.win } : {}) } as never)
        setState((prev) => ({ ...prev, quarters: prev.quarters.map((x, j) => (j === i ? { ...x, saved: true } : x)) }))
      }
      setState((prev) => ({ ...prev, step: i + 2 }))
    })

  const setDraft = (i: number, patch: Partial<ConversationDraft>) =>
    setState((prev) => ({ ...prev, quarters: prev.quarters.map((x, j) => (j === i ? { ...x, draft: { ...x.draft, ...patch } } : x)) }))

  return (
    <Stack gap="md" maw={860}>
      <Stepper active={state.step} size="xs" onStepClick={(step) => setState((prev) => ({ ...prev, step }))} allowNextStepsSelect={false}>
        <Stepper.Step label="Who" />
        {quarters.map((q) => (
          <Stepper.Step key={q.label} label={q.label} description={q.saved ? 'Saved' : undefined} />
        ))}
      </Stepper>
      {error && (
        <Alert color="red" role="alert" title="Not saved — your answers are kept">
          {error}
        </Alert>
      )}
      {state.step === 0 && (
        <SetupScreen state={state} people={people} busy={busy} onChange={(setup) => setState({ ...state, setup })} onNext={saveSetup} />
      )}
      {index >= 0 && !done && (
        <ConversationScreen
          key={index}
          quarter={quarters[index]!}
          personName={people.find((p) => p.id === state.saved?.personId)?.name ?? state.setup.newName}
          busy={busy}
          onChange={(patch) => setDraft(index, patch)}
          onBack={() => setState({ ...state, step: state.step - 1 })}
          onNext={() => saveConversation(index)}
        />
      )}
      {done && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3}>Your last year is in</Title>
            <Text size="sm">
              {quarters.filter((q) => q.saved).length} conversations saved with their own dates. The dashboard timeline shows what you
              offered, delivered and what it led to, quarter by quarter. Anything to correct: Past check-ins and each commitment have Edit.
            </Text>
            <Group>
              <Button
                data-autofocus
                onClick={() => {
                  localStorage.removeItem(DRAFT_KEY)
                  go('dashboard')
                }}
              >
                See the dashboard
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  )
}

function SetupScreen({
  state,
  people,
  busy,
  onChange,
  onNext
}: {
  state: BackfillDraft
  people: Person[]
  busy: boolean
  onChange(setup: BackfillDraft['setup']): void
  onNext(): void
}) {
  const s = state.setup
  const locked = state.saved !== null
  return (
    <form
      aria-label="Your last year: who"
      onKeyDown={submitOnCtrlEnter}
      onSubmit={(e) => {
        e.preventDefault()
        onNext()
      }}
    >
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={3}>Your last year, one conversation at a time</Title>
          <Text size="sm" c="dimmed">
            Most of us start with history. Pick who you ran the loop with; then one screen per quarter: what they said, what you offered,
            whether and when you delivered it, the win it led to, and what you asked for. Each quarter&apos;s dates are filled in — change
            them to the real days. Ctrl+Enter saves and moves on.
          </Text>
          <Select
            label="With"
            placeholder="Someone new (type their name below)"
            clearable
            disabled={locked}
            data={people.map((p) => ({ value: p.id, label: p.name }))}
            value={s.personId}
            onChange={(personId) => onChange({ ...s, personId })}
          />
          {!s.personId && (
            <Group grow>
              <TextInput
                label="Their name"
                data-autofocus
                disabled={locked}
                value={s.newName}
                onChange={(e) => onChange({ ...s, newName: e.currentTarget.value })}
              />
              <TextInput
                label="Their title"
                disabled={locked}
                value={s.newTitle}
                onChange={(e) => onChange({ ...s, newTitle: e.currentTarget.value })}
              />
            </Group>
          )}
          <Group grow align="flex-start">
            <TextInput
              label="Your goal over this year (optional)"
              description="What your step-4 asks were for, e.g. a promotion."
              disabled={locked}
              value={s.goalTitle}
              onChange={(e) => onChange({ ...s, goalTitle: e.currentTarget.value })}
            />
            <TextInput
              label="Goal since"
              type="date"
              disabled={locked}
              value={s.goalSince}
              onChange={(e) => onChange({ ...s, goalSince: e.currentTarget.value })}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Start with {state.quarters[0]!.label}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  )
}

const DELIVERY_LABELS: Record<Delivery, string> = { delivered: 'Delivered', open: 'Still open', dropped: 'Dropped' }

function ConversationScreen({
  quarter,
  personName,
  busy,
  onChange,
  onBack,
  onNext
}: {
  quarter: BackfillDraft['quarters'][number]
  personName: string
  busy: boolean
  onChange(patch: Partial<ConversationDraft>): void
  onBack(): void
  onNext(): void
}) {
  const d = quarter.draft
  const [tried, setTried] = useState(false)
  const problems = tried ? conversationProblems(d) : {}
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  const locked = quarter.saved
  const text = (field: keyof ConversationDraft) => ({
    value: d[field],
    error: problems[field],
    disabled: locked,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ [field]: e.currentTarget.value })
  })
  return (
    <form
      aria-label={`Conversation in ${quarter.label}`}
      noValidate
      onKeyDown={submitOnCtrlEnter}
      onSubmit={(e) => {
        e.preventDefault()
        setTried(true)
        if (locked || Object.keys(conversationProblems(d)).length === 0) onNext()
      }}
    >
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3}>
              {quarter.label} with {personName || 'them'}
            </Title>
            <Text size="sm" c="dimmed">
              {formatDay(quarter.start)} – {formatDay(quarter.end)}
            </Text>
            {locked && <Badge color="teal">Saved</Badge>}
          </Group>
          <TextInput ref={first} label="Conversation on" type="date" required {...text('date')} />
          <Textarea label="What were they trying to do?" description="One per line" autosize minRows={1} {...text('theirGoals')} />
          <Textarea label="What was blocking them?" description="One per line" autosize minRows={1} {...text('theirBlockers')} />
          <TextInput label="What you offered" description="The one thing, as its commitment title." {...text('offer')} />
          <Group grow align="flex-start">
            <Select
              label="Did you deliver it?"
              allowDeselect={false}
              disabled={locked}
              data={(Object.keys(DELIVERY_LABELS) as Delivery[]).map((k) => ({ value: k, label: DELIVERY_LABELS[k] }))}
              value={d.delivery}
              onChange={(v) => v && onChange({ delivery: v as Delivery })}
            />
            {d.delivery !== 'open' && (
              <TextInput label={d.delivery === 'delivered' ? 'Delivered on' : 'Dropped on'} type="date" {...text('deliveredOn')} />
            )}
          </Group>
          {d.delivery !== 'open' && (
            <Textarea
              label={d.delivery === 'delivered' ? 'How did it land?' : 'Why it was dropped'}
              autosize
              minRows={1}
              {...text('howItLanded')}
            />
          )}
          {d.delivery === 'delivered' && <TextInput label="The win it led to" description="Its title; optional." {...text('winTitle')} />}
          <Group grow align="flex-start">
            <Textarea label="What you asked for (step 4)" autosize minRows={1} {...text('myAsk')} />
            <Textarea label="Their answer" autosize minRows={1} {...text('theirAnswer')} />
          </Group>
          <Group justify="space-between">
            <Button variant="default" onClick={onBack}>
              Back
            </Button>
            <Button type="submit" loading={busy}>
              {locked ? 'Next' : 'Save and next'}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  )
}
