import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconListCheck, IconRepeat, IconRoute } from '@tabler/icons-react'
import { COMMITMENT_STATUS_LABELS } from '@shared/domain/commitment'
import { PERSON_ROLE_LABELS } from '@shared/domain/person'
import { formatDay, todayLocal } from '../../../api/format'
import { useRoute } from '../../../api/queries'
import { ReminderBanner } from './ReminderBanner'
import { useNavigation } from '../../../app/navigation'
import { DataPanel, TrySampleButton } from '../../data'
import { CadenceSummary } from '../../people'
import { LoopTimeline } from './LoopTimeline'

function StartHere() {
  const { go } = useNavigation()
  return (
    <Card withBorder padding="xl" maw={720}>
      <Stack>
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconRoute />
        </ThemeIcon>
        <Title order={3}>Start your loop</Title>
        <Text>
          Once a quarter, ask your manager what they are trying to do, what blocks them, and what one thing you can do to help — then do it
          exceptionally well, and ask for help with your own goals. Over four to six quarters it compounds. Loopwise keeps the record.
        </Text>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>
            <Anchor component="button" onClick={() => go('people', 'new')}>
              Add the people you run it with
            </Anchor>{' '}
            — your manager, then your skip-level.
          </List.Item>
          <List.Item>
            <Anchor component="button" onClick={() => go('people', 'profile')}>
              Write down your goals
            </Anchor>{' '}
            — step 4 needs them.
          </List.Item>
          <List.Item>Log your next check-in and the one thing you offered.</List.Item>
          <List.Item>Deliver it, then log the win.</List.Item>
        </List>
        <Group>
          <Button onClick={() => go('people', 'new')}>Add your manager</Button>
          <TrySampleButton />
        </Group>
      </Stack>
    </Card>
  )
}

/** The soonest due; a decade of history can hold hundreds open, and the Loop section lists them all. */
const OPEN_SHOWN = 5

export function DashboardPage() {
  const { go } = useNavigation()
  const cadence = useRoute('people.cadence', {})
  const commitments = useRoute('commitments.list', { open: true })
  // Only what the card shows: the whole list is the Wins section's job.
  const wins = useRoute('wins.list', { limit: 5 })
  const timeline = useRoute('dashboard.timeline', {})
  const settings = useRoute('settings.get', {})
  if (cadence.isPending || wins.isPending) return null
  const people = cadence.data ?? []
  const names = new Map(people.map((p) => [p.person.id, p.person.name]))
  const empty = people.length === 0 && (wins.data ?? []).length === 0
  const today = todayLocal()

  return (
    <Stack p="md" gap="md">
      <Title order={2}>Dashboard</Title>
      {settings.data?.settings.reminders !== false && <ReminderBanner people={people} commitments={commitments.data ?? []} />}
      {empty ? (
        <StartHere />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Card withBorder padding="md" component="section" aria-label="Next check-ins">
              <Stack gap="sm">
                <Title order={4}>Next check-ins</Title>
                {people.length === 0 && <Text size="sm">Add your manager to see when the next loop is due.</Text>}
                {people.map(({ person, cadence: c }) => (
                  // Name and role on their own line, actions below: in a third of a 1280-wide
                  // window one row squeezed them to "MANAG…" and "Prepar".
                  <Stack key={person.id} gap={4} role="group" aria-label={`Cadence for ${person.name}`}>
                    <Group gap={6} wrap="wrap" align="center">
                      <Anchor component="button" fw={600} ta="left" onClick={() => go('people', person.id)}>
                        {person.name}
                      </Anchor>
                      <Badge variant="light" size="sm" tt="none" style={{ flexShrink: 0 }}>
                        {PERSON_ROLE_LABELS[person.role]}
                      </Badge>
                    </Group>
                    <CadenceSummary cadence={c} compact />
                    <Group gap={6}>
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconListCheck size={14} />}
                        aria-label={`Prepare the next check-in with ${person.name}`}
                        onClick={() => go('loop', `prepare:${person.id}`)}
                      >
                        Prepare
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconRepeat size={14} />}
                        aria-label={`Log a check-in with ${person.name}`}
                        onClick={() => go('loop', `new:${person.id}`)}
                      >
                        Log a check-in
                      </Button>
                    </Group>
                  </Stack>
                ))}
              </Stack>
            </Card>
            <Card withBorder padding="md" component="section" aria-label="Open commitments">
              <Stack gap="sm">
                <Title order={4}>Open commitments</Title>
                {(commitments.data ?? []).length === 0 && (
                  <Text size="sm" c="dimmed">
                    Nothing open. Your next check-in is where the next offer comes from.
                  </Text>
                )}
                {(commitments.data ?? []).slice(0, OPEN_SHOWN).map((c) => (
                  <Stack key={c.id} gap={0}>
                    <Anchor component="button" ta="left" onClick={() => go('loop', `commitment:${c.id}`)}>
                      {c.title}
                    </Anchor>
                    <Text size="xs" c={c.dueDate && c.dueDate < today ? 'red' : 'dimmed'}>
                      {COMMITMENT_STATUS_LABELS[c.status]}
                      {c.dueDate ? ` · due ${formatDay(c.dueDate)}${c.dueDate < today ? ' (overdue)' : ''}` : ' · no due date'}
                      {c.personId && names.get(c.personId) ? ` · for ${names.get(c.personId)}` : ''}
                    </Text>
                  </Stack>
                ))}
                {(commitments.data ?? []).length > OPEN_SHOWN && (
                  <Anchor component="button" size="sm" ta="left" onClick={() => go('loop')}>
                    All {(commitments.data ?? []).length.toLocaleString()} open commitments
                  </Anchor>
                )}
              </Stack>
            </Card>
            <Card withBorder padding="md" component="section" aria-label="Recent wins">
              <Stack gap="sm">
                <Title order={4}>Recent wins</Title>
                {(wins.data ?? []).length === 0 && (
                  <Text size="sm" c="dimmed">
                    No wins yet. Delivering a commitment offers to log one.
                  </Text>
                )}
                {(wins.data ?? []).map((w) => (
                  <Stack key={w.id} gap={0}>
                    <Anchor component="button" ta="left" onClick={() => go('wins', w.id)}>
                      {w.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDay(w.date)}
                      {w.commitmentId ? ' · from a loop commitment' : ''}
                    </Text>
                  </Stack>
                ))}
              </Stack>
            </Card>
          </SimpleGrid>
          <Card withBorder padding="md" component="section" aria-label="Loop timeline section">
            <Stack gap="sm">
              <Title order={4}>The loop, quarter by quarter</Title>
              <Text size="sm" c="dimmed">
                What you offered, what you delivered, and what it led to. Each delivery earns the next, bigger offer.
              </Text>
              {(timeline.data ?? []).length === 0 ? (
                <Text size="sm">Log a check-in with an offer to start the timeline.</Text>
              ) : (
                <LoopTimeline quarters={timeline.data ?? []} />
              )}
            </Stack>
          </Card>
        </>
      )}
      <DataPanel />
    </Stack>
  )
}
