import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core'
import { CONTEXT_ENTRY_KIND_LABELS } from '@shared/domain/contextEntry'
import type { DraftSource } from '@shared/domain/drafting'
import { formatDay } from '../../../api/format'

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s)

/**
 * The entries a draft drew on, labelled S1…Sn as in the prompt. A source that has a place of its
 * own opens it; the others (a goal or blocker heard from someone) are plain text.
 */
export function SourcesList(props: { sources: DraftSource[]; onOpen(source: DraftSource): void; canOpen?(source: DraftSource): boolean }) {
  if (props.sources.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No entries were used.
      </Text>
    )
  }
  return (
    <List size="sm" spacing={6} aria-label="Sources" listStyleType="none" ml={0} pl={0}>
      {props.sources.map((s, i) => (
        <List.Item key={`${s.kind}-${s.id}`}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge size="sm" variant="outline" color="gray" miw={36} style={{ flexShrink: 0 }} aria-label={`Source ${i + 1}`}>
              S{i + 1}
            </Badge>
            <Stack gap={0} style={{ minWidth: 0 }}>
              {(props.canOpen?.(s) ?? true) ? (
                <Anchor component="button" type="button" size="sm" onClick={() => props.onOpen(s)}>
                  {s.title}
                </Anchor>
              ) : (
                <Text size="sm">{s.title}</Text>
              )}
              <Text size="xs" c="dimmed">
                {CONTEXT_ENTRY_KIND_LABELS[s.kind]}
                {s.date ? ` · ${isDay(s.date) ? formatDay(s.date) : s.date}` : ''}
              </Text>
            </Stack>
          </Group>
        </List.Item>
      ))}
    </List>
  )
}
