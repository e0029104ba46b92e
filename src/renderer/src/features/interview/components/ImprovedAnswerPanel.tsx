import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import type { ImprovedAnswer } from '@shared/domain/interview'
import { PlaceholderText } from '../../impact'

/** A better answer drafted only from the user's history: its sources, and the gaps only they can fill. */
export function ImprovedAnswerPanel({ answer, onUse }: { answer: ImprovedAnswer; onUse(text: string): void }) {
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
        <PlaceholderText text={answer.text} />
        <Group gap={6}>
          <Text size="sm" fw={600}>
            Sources:
          </Text>
          {answer.sources.map((s) => (
            <Badge key={s.id} variant="outline" tt="none">
              {s.kind === 'win' ? 'Win' : 'Commitment'}: {s.title}
              {s.date ? ` (${s.date})` : ''}
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
