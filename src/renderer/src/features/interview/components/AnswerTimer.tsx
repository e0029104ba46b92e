import { Group, Progress, Stack, Text } from '@mantine/core'
import { IconClock } from '@tabler/icons-react'
import { countWords, formatMinutes as mmss, SPEAKING, speakingSeconds } from '@shared/domain/interview'

/** Words, typing time, and the speaking time they add up to (SPEAKING), against the target the rubric scores. */
export function AnswerTimer({ answer, elapsed, running }: { answer: string; elapsed: number; running: boolean }) {
  const words = countWords(answer)
  const spoken = speakingSeconds(words)
  const share = Math.min(100, (spoken / SPEAKING.targetSeconds) * 100)
  const color = spoken < SPEAKING.shortestSeconds ? 'yellow' : spoken > SPEAKING.longestSeconds ? 'red' : 'teal'
  return (
    <Stack role="timer" aria-label="Answer timer" aria-live="off" gap={6}>
      <Group gap="md" wrap="wrap">
        <Group gap={4}>
          <IconClock size={16} />
          <Text size="sm" data-testid="typing-time">
            {mmss(elapsed)} typing{running ? '' : ' (paused)'}
          </Text>
        </Group>
        <Text size="sm" data-testid="word-count">
          {words} words
        </Text>
        <Text size="sm" data-testid="spoken-time">
          ≈ {mmss(spoken)} spoken of {mmss(SPEAKING.targetSeconds)} target
        </Text>
      </Group>
      <Progress value={share} color={color} size="sm" aria-label={`Speaking time against the ${mmss(SPEAKING.targetSeconds)} target`} />
    </Stack>
  )
}
