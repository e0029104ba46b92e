import { Anchor, Badge, Checkbox, List, Menu, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core'
import {
  PACKET_SECTION_TITLES,
  PLACEMENTS,
  type Packet,
  type PacketItem,
  type PacketSectionId,
  type PacketSource,
  type Placement
} from '@shared/domain/promo'
import { useNavigation, type SectionId } from '../../../app/navigation'
import { formatDay } from '../../../api/format'
import { PlaceholderText } from '../../impact'

/** Where a cited entry lives, and the target that opens it there. */
function openTarget(s: PacketSource): [SectionId, string | null] {
  if (s.kind === 'Win') return ['wins', s.id]
  if (s.kind === 'Commitment') return ['loop', `commitment:${s.id}`]
  if (s.kind === 'Check-in') return ['loop', null]
  return ['people', null]
}

/** Source labels that open the entry they stand for. */
function Sources({ ids, sources }: { ids: string[]; sources: Map<string, PacketSource> }) {
  const { go } = useNavigation()
  return (
    <>
      {ids.map((id) => {
        const s = sources.get(id)
        return s ? (
          <Tooltip
            key={id}
            label={`${s.kind}: ${s.title}${s.date ? ` (${/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? formatDay(s.date) : s.date})` : ''}`}
            withArrow
          >
            <Badge
              size="xs"
              variant="outline"
              color="gray"
              ml={4}
              tt="none"
              component="button"
              type="button"
              style={{ cursor: 'pointer' }}
              onClick={() => go(...openTarget(s))}
              aria-label={`Source ${s.label}: ${s.kind} ${s.title}`}
            >
              {s.label}
            </Badge>
          </Tooltip>
        ) : null
      })}
    </>
  )
}

type OnMove = (winId: string, to: Placement) => void

/** "Move to…": the user's call on where a win belongs, remembered for later builds. */
function MoveMenu({ item, section, onMove }: { item: PacketItem; section: PacketSectionId; onMove?: OnMove }) {
  if (!onMove || !item.winId) return null
  const winId = item.winId
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <UnstyledButton className="lw-no-print" ml={6} fz="xs" c="blue" aria-label={`Move “${item.text.slice(0, 60)}” to another section`}>
          Move…
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to</Menu.Label>
        {PLACEMENTS.filter((p) => p !== section).map((p) => (
          <Menu.Item key={p} onClick={() => onMove(winId, p)}>
            {PACKET_SECTION_TITLES[p]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}

function Item({
  item,
  sources,
  section,
  onMove
}: {
  item: PacketItem
  sources: Map<string, PacketSource>
  section: PacketSectionId
  onMove?: OnMove
}) {
  if (item.details.length === 0)
    return (
      <List.Item>
        <PlaceholderText text={item.text} inline dimmed={!item.claim} />
        <Sources ids={item.sourceIds} sources={sources} />
        <MoveMenu item={item} section={section} onMove={onMove} />
      </List.Item>
    )
  return (
    <List.Item>
      <Text fw={600} component="span">
        {item.text}
      </Text>
      <Sources ids={item.sourceIds} sources={sources} />
      <MoveMenu item={item} section={section} onMove={onMove} />
      <List size="sm" withPadding spacing={2} mt={4}>
        {item.details.map((d) => (
          <List.Item key={d.label}>
            <Text size="sm" component="span" fs="italic">
              {d.label}:{' '}
            </Text>
            <PlaceholderText text={d.text} inline />
          </List.Item>
        ))}
        {item.links.map((l) => (
          <List.Item key={l.url}>
            Link:{' '}
            <Anchor href={l.url} target="_blank" rel="noreferrer" size="sm">
              {l.label}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </List.Item>
  )
}

/** The packet as the user will hand it over: sections, claims with their sources, the review checklist. */
export function PacketView({ packet, onMove }: { packet: Packet; onMove?: OnMove }) {
  const sources = new Map(packet.sources.map((s) => [s.id, s]))
  return (
    <Stack gap="md" className="lw-print-area" aria-label="Promotion packet" component="article">
      <Stack gap={0}>
        <Title order={2}>Promotion packet — {packet.settings.targetLevel}</Title>
        <Text c="dimmed" size="sm">
          Period: {packet.settings.from} to {packet.settings.to}
        </Text>
      </Stack>
      {packet.flags.length > 0 && (
        <Stack gap={4} className="lw-flags">
          <Text fw={600} c="orange">
            Numbers to check before sharing
          </Text>
          <List size="sm">
            {packet.flags.map((f, i) => (
              <List.Item key={i}>
                “{f.text}” in {f.where}: {f.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {packet.sections.map((s) => (
        <Stack key={s.id} gap={6} component="section" aria-label={s.title}>
          <Title order={3}>{s.title}</Title>
          <List spacing={6}>
            {s.items.map((item, i) => (
              <Item key={i} item={item} sources={sources} section={s.id} onMove={onMove} />
            ))}
          </List>
        </Stack>
      ))}
      <Stack gap={6} component="section" aria-label="Review with your manager">
        <Title order={3}>Review with your manager</Title>
        {packet.checklist.map((c) => (
          <Checkbox key={c} label={c} size="sm" />
        ))}
      </Stack>
      <Stack gap={4} component="section" aria-label="Sources">
        <Title order={4}>Sources</Title>
        {packet.sources.map((s) => (
          <Text key={s.id} size="xs" c="dimmed">
            {s.label}: {s.kind} — {s.title}
            {s.date ? ` (${/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? formatDay(s.date) : s.date})` : ''}
          </Text>
        ))}
      </Stack>
    </Stack>
  )
}
