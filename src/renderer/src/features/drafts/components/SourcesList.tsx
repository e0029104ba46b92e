import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core'
import { CONTEXT_ENTRY_KIND_LABELS, sourceLabel } from '@shared/domain/contextEntry'
import type { DraftSource } from '@shared/domain/drafting'
import { formatDay } from '../../../api/format'

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s)

/**
 * The entries a draft drew on, labelled S1…Sn as in the prompt. A source that has a place of its
 * own opens it; the others (a goal or blocker heard from someone) are plain text. When the text
 * cites sources, those come first and the ones given but not cited are marked apart.
 */
export function SourcesList(props: {
  sources: DraftSource[]
  /** Ids the text cites ([S#]); when given, the list shows those first and the unused apart. */
  cited?: string[]
  onOpen(source: DraftSource): void
  canOpen?(source: DraftSource): boolean
}) {
  if (props.sources.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No entries were used.
      </Text>
    )
  }
  const labelled = props.sources.map((source, i) => ({ source, label: sourceLabel(i), cited: true }))
  if (!props.cited || props.cited.length === 0) return <SourceItems items={labelled} {...props} />
  // What the text cites first, then what it was given but did not use, marked as such.
  const cited = new Set(props.cited)
  const items = [
    ...labelled.filter((s) => cited.has(s.source.id)),
    ...labelled.filter((s) => !cited.has(s.source.id)).map((s) => ({ ...s, cited: false }))
  ]
  return <SourceItems items={items} {...props} />
}

function SourceItems(props: {
  items: { source: DraftSource; label: string; cited: boolean }[]
  onOpen(source: DraftSource): void
  canOpen?(source: DraftSource): boolean
}) {
  // Sources given but not cited are marked in words, not faded: a faded link fails contrast (axe).
  return (
    <List size="sm" spacing={6} aria-label="Sources" listStyleType="none" ml={0} pl={0}>
      {props.items.map(({ source: s, label, cited }) => (
        <List.Item key={`${s.kind}-${s.id}`}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge size="sm" variant="outline" color="gray" miw={36} style={{ flexShrink: 0 }} aria-label={`Source ${label.slice(1)}`}>
              {label}
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
                {cited ? '' : ' · given, not cited in the text'}
              </Text>
            </Stack>
          </Group>
        </List.Item>
      ))}
    </List>
  )
}
