import { Group, Progress, Stack, Text } from '@mantine/core'
import { IconClock } from '@tabler/icons-react'
import { countWords, mmss, TARGET_SECONDS, WORDS_PER_MINUTE } from '../hooks/useInterview'

/** Words, typing time, and the speaking time they add up to at about 130 words a minute, against a 2-minute target. */
export function AnswerTimer({ answer, elapsed, running }: { answer: string; elapsed: number; running: boolean }) {
  const words = countWords(answer)
  const spoken = Math.round((words / WORDS_PER_MINUTE) * 60)
  const share = Math.min(100, (spoken / TARGET_SECONDS) * 100)
  const color = spoken < 90 ? 'yellow' : spoken > 150 ? 'red' : 'teal'
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
          ≈ {mmss(spoken)} spoken of {mmss(TARGET_SECONDS)} target
        </Text>
      </Group>
      <Progress value={share} color={color} size="sm" aria-label="Speaking time against the 2-minute target" />
    </Stack>
  )
}
