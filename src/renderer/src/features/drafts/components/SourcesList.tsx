import { Anchor, Badge, Group, List, Text } from '@mantine/core'
import type { DraftSource } from '@shared/domain/drafting'

/** The entries a draft drew on, labelled S1…Sn as in the prompt; each opens its entry. */
export function SourcesList(props: { sources: DraftSource[]; onOpen(source: DraftSource): void }) {
  if (props.sources.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No entries were used.
      </Text>
    )
  }
  return (
    <List size="sm" spacing={2} aria-label="Sources" listStyleType="none" ml={0} pl={0}>
      {props.sources.map((s, i) => (
        <List.Item key={`${s.kind}-${s.id}`}>
          <Group gap={6} wrap="nowrap">
            <Badge size="xs" variant="outline" color="gray">
              S{i + 1}
            </Badge>
            <Anchor component="button" type="button" size="sm" onClick={() => props.onOpen(s)}>
              {s.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {s.kind} · {s.date}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  )
}
