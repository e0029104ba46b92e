import { Badge, Button, Card, List, Stack, Text, Title } from '@mantine/core'
import { IconTrophy } from '@tabler/icons-react'
import { SECTIONS, useNavigation, type SectionId } from './navigation'

const PLANS: Partial<Record<SectionId, { intro: string; items: string[] }>> = {
  dashboard: {
    intro: 'Your loop at a glance.',
    items: [
      'Next check-in due with your manager and skip-level, with cadence warnings',
      'Open commitments by due date',
      'A quarter-by-quarter loop timeline: offered, delivered, what it led to'
    ]
  },
  loop: {
    intro: 'Walk into your next 1:1 with the right questions and one concrete offer.',
    items: [
      'Check-in agendas tailored to what your manager said last time',
      'Offers of help matched to their goals and blockers',
      'A guided log of each conversation'
    ]
  },
  people: {
    intro: 'Your manager, skip-level and mentors: what they are trying to do and what blocks them.',
    items: ['Goals "as heard on" a date, with history', 'Cadence per person', 'Private notes that are never sent to any model']
  },
  drafts: {
    intro: 'Impact statements and promo packets drafted from your own history.',
    items: ['Every draft lists the entries it drew on', 'Every number checked against your data', 'Versions you can compare']
  },
  interview: {
    intro: 'Rehearse behavioral answers and get feedback on a rubric.',
    items: ['Questions by competency and from your own wins', 'A timer and a score per criterion', 'Progress over attempts']
  },
  settings: {
    intro: 'Choose the drafting engine: built-in (offline), OpenAI, or a local server such as Ollama or LM Studio.',
    items: ['Your API key stays in the main process', 'See the exact prompt before it is sent']
  }
}

/** An honest "not built yet" screen: what this area will do, and what works today. */
export function ComingNext({ section }: { section: SectionId }) {
  const { go } = useNavigation()
  const label = SECTIONS.find((s) => s.id === section)?.label ?? section
  const plan = PLANS[section]
  return (
    <Card withBorder padding="xl" maw={640} m="md">
      <Stack>
        <Badge variant="light" color="gray" w="fit-content">
          Coming next
        </Badge>
        <Title order={2}>{label}</Title>
        {plan && <Text>{plan.intro}</Text>}
        {plan && (
          <List spacing={4} size="sm">
            {plan.items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm" c="dimmed">
          Until then, keep a record of your wins — every draft Loopwise makes will start from them.
        </Text>
        <Button leftSection={<IconTrophy size={16} />} w="fit-content" onClick={() => go('wins')}>
          Go to Wins
        </Button>
      </Stack>
    </Card>
  )
}
