import { Button, Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconPlus, IconTrophy } from '@tabler/icons-react'

/** The first screen most people see: what a win is and why to log it now. */
export function WinsEmptyState({ onNew, mod }: { onNew(): void; mod: string }) {
  return (
    <Card withBorder padding="xl" maw={620}>
      <Stack>
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconTrophy />
        </ThemeIcon>
        <Title order={3}>Log your first win</Title>
        <Text>
          A win is something you did that mattered — especially the work you offered your manager in a loop and delivered exceptionally
          well. Every agenda, impact statement and promo packet Loopwise drafts starts from these entries.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>Write what you did, then why it mattered: what changed, for whom.</List.Item>
          <List.Item>Add a metric only if you can back it up — baseline and result.</List.Item>
          <List.Item>Log it the week it happens; memory fades by review season.</List.Item>
        </List>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew} w="fit-content">
          New win ({mod}+N)
        </Button>
      </Stack>
    </Card>
  )
}
