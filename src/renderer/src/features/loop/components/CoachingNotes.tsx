import { Card, List, Stack, Text, Title } from '@mantine/core'

/**
 * Advice for the user — cadence, the person's preferences, why an offer stretches them, any
 * warning — kept beside the agenda so the text they take into the meeting is theirs alone.
 */
export function CoachingNotes({ notes }: { notes: { label: string; text: string }[] }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label="Coaching notes">
      <Stack gap={6}>
        <Title order={4}>Coaching notes</Title>
        <Text size="xs" c="dimmed">
          For you, not for the meeting: none of this is in the agenda text.
        </Text>
        <List size="xs" spacing={4}>
          {notes.map((n, i) => (
            <List.Item key={i}>
              <b>{n.label}:</b> {n.text}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  )
}
