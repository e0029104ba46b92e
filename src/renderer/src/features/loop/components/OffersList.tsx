import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconPin, IconPinnedOff } from '@tabler/icons-react'
import type { Offer } from '@shared/domain/loop'

const FLAG_TITLE = { 'too-easy': 'Too easy', 'too-big': 'Too big', unanchored: 'Not tied to them' } as const
const ORIGIN = { suggested: null, yours: 'Your idea', history: 'Proposed earlier' } as const

function OfferCard({ offer, pinned, onPin }: { offer: Offer; pinned: boolean; onPin(id: string | null): void }) {
  return (
    <Card withBorder padding="sm" component="article" aria-label={offer.title} bg={pinned ? 'var(--mantine-color-teal-light)' : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="sm">
            {offer.title}
          </Text>
          {pinned && offer.origin === 'yours' ? (
            <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
              In the agenda
            </Badge>
          ) : pinned ? (
            <Button
              size="xs"
              style={{ flexShrink: 0 }}
              variant="light"
              color="teal"
              leftSection={<IconPinnedOff size={14} />}
              onClick={() => onPin(null)}
            >
              Unpin
            </Button>
          ) : (
            <Button
              size="xs"
              style={{ flexShrink: 0 }}
              variant="default"
              leftSection={<IconPin size={14} />}
              onClick={() => onPin(offer.id)}
              aria-label={`Pin to agenda: ${offer.title}`}
            >
              Pin to agenda
            </Button>
          )}
        </Group>
        <Group gap={6}>
          {offer.serves ? (
            <Badge variant="light" color={offer.serves.kind === 'blocker' ? 'orange' : 'blue'} style={{ textTransform: 'none' }}>
              Serves their {offer.serves.kind === 'blocker' ? 'blocker' : 'goal'}: {offer.serves.text}
            </Badge>
          ) : null}
          {ORIGIN[offer.origin] && (
            <Badge variant="outline" color="gray">
              {ORIGIN[offer.origin]}
            </Badge>
          )}
          {offer.strength && (
            <Badge variant="light" color="grape" style={{ textTransform: 'none' }}>
              Plays to: {offer.strength}
            </Badge>
          )}
          {offer.advancesGoal && (
            <Badge variant="light" color="teal" style={{ textTransform: 'none' }}>
              Advances: {offer.advancesGoal.title}
            </Badge>
          )}
        </Group>
        <Text size="xs">
          <b>Why it stretches you:</b> {offer.whyStretch}
        </Text>
        <Text size="xs">
          <b>Effort:</b> {offer.effort}
        </Text>
        <Text size="xs">
          <b>How delivery could be shown:</b> {offer.showDelivery}
        </Text>
        {offer.flags.map((f) => (
          <Alert key={f.kind} color={f.kind === 'unanchored' ? 'yellow' : 'orange'} p="xs" title={FLAG_TITLE[f.kind]}>
            <Text size="xs">{f.message}</Text>
          </Alert>
        ))}
      </Stack>
    </Card>
  )
}

/** The offers for the one-thing question; pinning one puts it into the agenda. */
export function OffersList({
  offers,
  pinnedId,
  onPin,
  label = 'Offers of help'
}: {
  offers: Offer[]
  pinnedId: string | null
  onPin(id: string | null): void
  label?: string
}) {
  return (
    <Stack gap="xs" role="group" aria-label={label === 'Offers of help' ? 'Offers' : label}>
      <Title order={4}>{label}</Title>
      <Text size="xs" c="dimmed">
        Matched to what they are trying to do and what blocks them. What kills the loop: offering something too easy, or more than you can
        deliver exceptionally well.
      </Text>
      {offers.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing is recorded yet about what they are trying to do. Ask first — the agenda has the questions — then offers follow.
        </Text>
      )}
      {offers.map((o) => (
        <OfferCard key={o.id} offer={o} pinned={o.id === pinnedId} onPin={onPin} />
      ))}
    </Stack>
  )
}
