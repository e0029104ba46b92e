import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import type { ImprovedAnswer } from '@shared/domain/interview'
import { formatDay } from '../../../api/format'
import { PlaceholderText } from '../../impact'

/** A better answer drafted only from the user's history: its sources, and the gaps only they can fill. */
export function ImprovedAnswerPanel({ answer, onUse }: { answer: ImprovedAnswer; onUse(text: string): void }) {
  if (!answer.text && answer.check && !answer.check.shown)
    return (
      <Alert color="teal" title="Your answer is already stronger than your history" data-testid="improve-withheld">
        <Stack gap={4}>
          <Text size="sm">{answer.gaps[0]}</Text>
          <List size="sm">
            {answer.gaps.slice(1).map((g) => (
              <List.Item key={g}>{g}</List.Item>
            ))}
          </List>
        </Stack>
      </Alert>
    )
  if (!answer.text)
    return (
      <Alert color="yellow" title="Nothing to draw on yet">
        {answer.gaps.join(' ')}
      </Alert>
    )
  return (
    <Card withBorder padding="md" component="section" aria-label="Improved answer">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>A stronger answer from your own history</Title>
          <Button size="compact-sm" variant="light" onClick={() => onUse(answer.text)}>
            Use as my next answer
          </Button>
        </Group>
        {answer.check && (
          <Text size="sm" c="dimmed" data-testid="improve-check">
            Scores {answer.check.draftScore} on the same rubric, placeholders left out (your answer: {answer.check.answerScore}).
          </Text>
        )}
        <PlaceholderText text={answer.text} />
        <Group gap={6}>
          <Text size="sm" fw={600}>
            Sources:
          </Text>
          {answer.sources.map((s) => (
            <Badge key={s.id} variant="outline" tt="none">
              {s.kind === 'win' ? 'Win' : 'Commitment'}: {s.title}
              {s.date ? ` (${/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? formatDay(s.date) : s.date})` : ''}
            </Badge>
          ))}
        </Group>
        {answer.gaps.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Only you can fill these in:
            </Text>
            <List size="sm">
              {answer.gaps.map((g) => (
                <List.Item key={g}>{g}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  )
}
