import { memo } from 'react'
import { ActionIcon, Anchor, Badge, Card, Group, Menu, Stack, Text } from '@mantine/core'
import { IconDots, IconPencil, IconRepeat, IconTrash } from '@tabler/icons-react'
import { formatWrittenDate } from '../../../api/format'
import { formatMetric } from '../formatMetric'
import { useNavigation } from '../../../app/navigation'
import type { Win } from '@shared/domain/win'
import { ImpactStrengthBadge, RewriteImpactMenuItem } from '../../impact'

const SCOPE_COLOR = { self: 'gray', team: 'blue', org: 'violet', company: 'orange' } as const

/**
 * Memoized, with handlers that take the win: the virtual list re-renders on every scroll
 * frame, and only rows that came into view should render then.
 */
export const WinCard = memo(function WinCard({ win, onEdit, onDelete }: { win: Win; onEdit(w: Win): void; onDelete(w: Win): void }) {
  const { go } = useNavigation()
  return (
    <Card withBorder padding="md" component="article" aria-label={win.title}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="xs" c={win.datePrecision === 'undated' ? 'orange.8' : 'dimmed'}>
              {win.datePrecision === 'undated'
                ? 'Undated (imported without a date): edit to add one'
                : formatWrittenDate(win.date, win.datePrecision)}
            </Text>
            <Anchor component="button" type="button" fw={600} c="var(--mantine-color-text)" onClick={() => onEdit(win)} ta="left">
              {win.title}
            </Anchor>
          </Stack>
          <Group gap={6} wrap="nowrap">
            {win.commitmentId && (
              <Badge
                component="button"
                variant="light"
                color="teal"
                leftSection={<IconRepeat size={12} />}
                style={{ cursor: 'pointer' }}
                onClick={() => go('loop', `commitment:${win.commitmentId}`)}
              >
                From a loop commitment
              </Badge>
            )}
            <Badge variant="light" color={SCOPE_COLOR[win.scope]}>
              {win.scope}
            </Badge>
            <ImpactStrengthBadge winId={win.id} />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${win.title}`}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(win)}>
                  Edit
                </Menu.Item>
                <RewriteImpactMenuItem winId={win.id} />
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(win)}>
                  Delete
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        {win.impact ? (
          <Text size="sm" lineClamp={3} className="lw-prewrap">
            {win.impact}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            No impact written yet — what changed, for whom?
          </Text>
        )}
        {(win.metrics.length > 0 || win.tags.length > 0) && (
          <Group gap={6}>
            {win.metrics.map((m, i) => (
              <Badge key={`m${i}`} variant="outline" color="teal" tt="none">
                {formatMetric(m)}
              </Badge>
            ))}
            {win.tags.map((t) => (
              <Badge key={t} variant="dot" color="gray" tt="none">
                {t}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  )
})
