import { Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { useRoute } from '../../../api/queries'

/**
 * Everything in one quarter of the loop timeline. The dashboard shows a few items per lane so
 * ten years of wins stay quick to open; this asks the core for the whole quarter on demand.
 */
export function QuarterDetail({ quarter, onClose }: { quarter: string | null; onClose(): void }) {
  const detail = useRoute('dashboard.timeline', { quarter: quarter ?? undefined }, quarter !== null)
  const q = detail.data?.[0]
  const lanes = q
    ? [
        { label: 'Offered', items: q.offered.map((c) => ({ id: c.id, text: c.title, sub: c.personName ? `for ${c.personName}` : '' })) },
        {
          label: 'Delivered',
          items: q.delivered.map((c) => ({ id: c.id, text: c.title, sub: c.personName ? `for ${c.personName}` : '' }))
        },
        { label: 'Dropped', items: q.dropped.map((c) => ({ id: c.id, text: c.title, sub: '' })) },
        {
          label: 'Led to',
          items: q.ledTo.map((w) => ({ id: w.id, text: w.title, sub: w.fromCommitmentId ? 'from a loop commitment' : '' }))
        },
        { label: 'Goals met', items: q.goalsAchieved.map((g) => ({ id: g.id, text: g.title, sub: '' })) }
      ]
    : []
  return (
    <Modal opened={quarter !== null} onClose={onClose} title={`Everything in ${quarter?.replace('-', ' ') ?? ''}`} size="lg">
      {detail.isPending ? (
        <Loader aria-label="Loading the quarter" />
      ) : (
        <Stack gap="md">
          {lanes
            .filter((lane) => lane.items.length > 0)
            .map((lane) => (
              <Stack key={lane.label} gap={4} component="section" aria-label={`${lane.label} in ${quarter}`}>
                <Title order={5}>
                  {lane.label} ({lane.items.length.toLocaleString()})
                </Title>
                {lane.items.map((item) => (
                  <Text key={item.id} size="sm">
                    {item.text}
                    {item.sub ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {item.sub}
                      </Text>
                    ) : null}
                  </Text>
                ))}
              </Stack>
            ))}
        </Stack>
      )}
    </Modal>
  )
}
