import { Alert, Blockquote, Card, Group, List, Progress, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconTarget } from '@tabler/icons-react'
import { CRITERION_LABELS, type RubricFeedback as Feedback } from '@shared/domain/interview'

const color = (score: number) => (score >= 75 ? 'teal' : score >= 50 ? 'yellow' : 'red')

/** Each criterion: score, why, the answer's own words it is about, and what to do next time. */
export function RubricFeedback({ feedback }: { feedback: Feedback }) {
  return (
    <Stack gap="sm" aria-label="Rubric feedback" component="section">
      <Group gap="md">
        <RingProgress
          size={84}
          thickness={8}
          sections={[{ value: feedback.overall, color: color(feedback.overall) }]}
          label={
            <Text ta="center" fw={700} data-testid="overall-score">
              {feedback.overall}
            </Text>
          }
        />
        <Stack gap={0}>
          <Title order={4}>Feedback</Title>
          <Text size="sm" c="dimmed" data-testid="grader">
            {feedback.engine === 'llm'
              ? `Scored by ${feedback.grader?.model ?? 'your engine'}, checked by the built-in rubric (0–100 per criterion).`
              : 'Scored offline by the built-in rubric (0–100 per criterion).'}
          </Text>
        </Stack>
      </Group>
      {feedback.grader?.failed && (
        <Alert color="gray" p="xs">
          {feedback.grader.failed}
        </Alert>
      )}
      {!!feedback.grader?.overruled.length && (
        <Alert color="orange" p="xs" title="Overruled by the built-in checks" data-testid="overruled">
          <List size="sm">
            {feedback.grader.overruled.map((o) => (
              <List.Item key={o}>{o}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {feedback.focus && (
        <Alert
          color={feedback.focus.capped ? 'orange' : 'blue'}
          icon={<IconTarget size={18} />}
          title={`Work on this first: ${CRITERION_LABELS[feedback.focus.criterion]}`}
          data-testid="focus-tip"
        >
          <Stack gap={4}>
            <Text size="sm">{feedback.focus.tip}</Text>
            {feedback.focus.capped && (
              <Text size="sm" c="dimmed">
                The answer is about something other than what was asked, so the overall score is capped until it answers the question.
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {feedback.criteria.map((c) => (
          <Card key={c.id} withBorder padding="sm" component="article" aria-label={c.label}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {c.label}
                </Text>
                <Text fw={700} c={color(c.score)} size="sm">
                  {c.score}
                </Text>
              </Group>
              <Progress value={c.score} color={color(c.score)} size="xs" aria-hidden />
              <Text size="sm">{c.reason}</Text>
              {c.quote && (
                <Blockquote p="xs" color="gray" fz="sm" fs="italic">
                  “{c.quote}”
                </Blockquote>
              )}
              <Text size="sm" c="dimmed">
                Next time: {c.tip}
              </Text>
              {c.flag && (
                <Alert color="orange" p="xs" icon={<IconAlertTriangle size={16} />}>
                  {c.flag}
                </Alert>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  )
}
