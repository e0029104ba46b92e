import { useEffect, useMemo, useState } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title
} from '@mantine/core'
import { IconBulb, IconChecklist, IconRefresh } from '@tabler/icons-react'
import { COMPETENCY_LABELS, DEFAULT_TARGET_LEVEL, type Attempt, type Question } from '@shared/domain/interview'
import { useAnswerTimer, useAttempts, useImprove, useQuestions, useSubmitAttempt } from '../hooks/useInterview'
import { useRoute } from '../../../api/queries'
import { DraftPanel } from '../../drafts'
import { AnswerTimer } from './AnswerTimer'
import { AttemptsChart } from './AttemptsChart'
import { ImprovedAnswerPanel } from './ImprovedAnswerPanel'
import { RubricFeedback } from './RubricFeedback'

function groupQuestions(questions: Question[], chosen: Question | null) {
  const groups = new Map<string, { value: string; label: string }[]>()
  // The chosen question stays in the list while a new search shows other ones (Select needs its label).
  const all = chosen && !questions.some((q) => q.id === chosen.id) ? [chosen, ...questions] : questions
  for (const q of all) {
    const group = q.source === 'win' ? 'From your wins' : COMPETENCY_LABELS[q.competency]
    groups.set(group, [...(groups.get(group) ?? []), { value: q.id, label: q.text }])
  }
  return [...groups].map(([group, items]) => ({ group, items }))
}

export function InterviewPage() {
  const [search, setSearch] = useState('')
  const [question, setQuestion] = useState<Question | null>(null)
  // Typing in the picker searches on the server (every win), a beat after the last keystroke;
  // the picker's own text equals the chosen question once one is picked: that is not a search.
  const [debounced] = useDebouncedValue(search === question?.text ? '' : search.trim(), 200)
  const questions = useQuestions(debounced)
  const page = questions.data
  const [targetLevel, setTargetLevel] = useState(DEFAULT_TARGET_LEVEL)
  const profile = useRoute('profile.get', {})
  // Scope is judged against the level the user is aiming for, as set in their profile.
  useEffect(() => {
    if (profile.data?.targetLevel) setTargetLevel(profile.data.targetLevel)
  }, [profile.data?.targetLevel])
  const [answer, setAnswer] = useState('')
  const [latest, setLatest] = useState<Attempt | null>(null)
  const timer = useAnswerTimer()
  const attempts = useAttempts(question?.id ?? null)
  const submit = useSubmitAttempt()
  const improve = useImprove()
  const options = useMemo(() => groupQuestions(page?.questions ?? [], question), [page, question])

  const pick = (id: string | null) => {
    setQuestion(id ? ([question, ...(page?.questions ?? [])].find((q) => q?.id === id) ?? null) : null)
    setAnswer('')
    setLatest(null)
    timer.reset()
    improve.reset()
  }

  const onSubmit = async () => {
    if (!question) return
    timer.stop()
    const attempt = await submit.mutateAsync({
      questionId: question.id,
      questionText: question.text,
      competency: question.competency,
      answer,
      typedSeconds: timer.elapsed,
      targetLevel
    })
    setLatest(attempt)
  }

  return (
    <Stack p="md" gap="md">
      <Title order={2}>Interview rehearsal</Title>
      <Text c="dimmed" size="sm" maw={760}>
        Pick a question, type your answer as you would say it, and get feedback on a rubric: structure, ownership, one real event, a
        measurable result, scope, reflection, fit and delivery. Aim for about two minutes of speaking. Describe impact, not just tasks.
      </Text>
      {questions.isPending && !page ? (
        <Loader aria-label="Loading questions" />
      ) : (
        <Group align="flex-end" gap="sm">
          <Select
            label="Question"
            placeholder="Choose a question"
            data={options}
            value={question?.id ?? null}
            onChange={pick}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            // The server already filtered; Select's own filter would hide what it matched in a win's text.
            filter={({ options: all }) => all}
            nothingFoundMessage={questions.isFetching ? 'Searching…' : 'No question matches'}
            description={
              page && page.total > page.questions.length
                ? `Showing ${page.questions.length} of ${page.total.toLocaleString()} questions, best first; ${page.matchingWins.toLocaleString()} ${debounced ? 'of your wins match' : 'come from your wins'}. Type to search every win and question.`
                : undefined
            }
            style={{ flex: 1, minWidth: 320 }}
            comboboxProps={{ width: 640, position: 'bottom-start' }}
          />
          <TextInput label="Target level" value={targetLevel} onChange={(e) => setTargetLevel(e.currentTarget.value)} w={200} />
        </Group>
      )}
      {!question && page && page.questions.length > 0 && (
        <Card withBorder padding="md" component="section" aria-label="Suggested questions" maw={760}>
          <Stack gap="xs">
            <Title order={4}>Start with one of these</Title>
            <Text size="sm" c="dimmed">
              The questions that best match your history, the ones drawn from your own wins first. Every attempt is kept, so you can watch a
              score move as you rehearse.
            </Text>
            {page.questions.slice(0, 3).map((q) => (
              <Anchor key={q.id} component="button" type="button" ta="left" onClick={() => pick(q.id)}>
                {q.text}
              </Anchor>
            ))}
          </Stack>
        </Card>
      )}
      {question && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="sm">
              <Card withBorder padding="md">
                <Stack gap={6}>
                  <Group gap={6}>
                    <Badge variant="light">{COMPETENCY_LABELS[question.competency]}</Badge>
                    {question.source === 'win' && (
                      <Badge variant="outline" color="teal">
                        From your wins
                      </Badge>
                    )}
                  </Group>
                  <Text fw={600} size="lg" data-testid="question-text">
                    {question.text}
                  </Text>
                </Stack>
              </Card>
              <Textarea
                label="Your answer"
                description="Type it as you would say it. The timer starts with your first keystroke."
                autosize
                minRows={8}
                maxRows={20}
                value={answer}
                onChange={(e) => {
                  timer.touch()
                  setAnswer(e.currentTarget.value)
                }}
              />
              <AnswerTimer answer={answer} elapsed={timer.elapsed} running={timer.running} />
              <Group gap="sm">
                <Button leftSection={<IconChecklist size={16} />} onClick={onSubmit} loading={submit.isPending} disabled={!answer.trim()}>
                  Get feedback
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconRefresh size={16} />}
                  onClick={() => {
                    setAnswer('')
                    setLatest(null)
                    timer.reset()
                  }}
                >
                  Try again
                </Button>
                <Button
                  variant="light"
                  leftSection={<IconBulb size={16} />}
                  loading={improve.isPending}
                  onClick={() =>
                    improve.mutate({
                      questionText: question.text,
                      competency: question.competency,
                      winId: question.winId,
                      // With an answer typed, the draft is shown only if it scores at least as high.
                      ...(answer.trim() ? { answer, targetLevel } : {})
                    })
                  }
                >
                  Draft a better answer from my history
                </Button>
              </Group>
              {submit.isError && <Alert color="red">{submit.error.message}</Alert>}
              {improve.data && (
                <ImprovedAnswerPanel
                  answer={improve.data}
                  onUse={(text) => {
                    setAnswer(text)
                    setLatest(null)
                    timer.reset()
                  }}
                />
              )}
              {latest && <RubricFeedback feedback={latest.feedback} />}
              <Accordion variant="separated">
                <Accordion.Item value="engine">
                  <Accordion.Control>Draft an answer with your drafting engine (streams; shows its sources)</Accordion.Control>
                  <Accordion.Panel>
                    <DraftPanel
                      kind="interview-answer"
                      params={{ focus: question.text }}
                      title={`Answer: ${question.text.slice(0, 80)}`}
                      generateLabel="Draft an answer"
                    />
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Card withBorder padding="md" component="section" aria-label="Scores over time">
              <Stack gap="xs">
                <Title order={4}>Scores over time</Title>
                <AttemptsChart attempts={attempts.data ?? []} />
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  )
}
