import { useState } from 'react'
import { Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core'
import type { SavedDraft } from '@shared/domain/drafting'
import { DraftText } from './DraftText'
import { lineDiff } from './lineDiff'

const label = (v: SavedDraft['versions'][number]) =>
  `Version ${v.version} · ${v.status} · ${v.engine === 'builtin' ? 'built-in' : v.model} · ${new Date(v.createdAt).toLocaleString()}`

/** A saved draft: its versions, one shown, or two compared side by side. */
export function SavedDraftView({ draft, onContinue }: { draft: SavedDraft; onContinue(): void }) {
  const versions = draft.versions
  const latest = versions[versions.length - 1]!
  const [shown, setShown] = useState(String(latest.version))
  const [compare, setCompare] = useState<[string, string] | null>(null)
  const pick = (n: string) => versions.find((v) => String(v.version) === n)
  const options = versions.map((v) => ({ value: String(v.version), label: label(v) }))
  const current = pick(shown) ?? latest

  return (
    <Card withBorder padding="md" aria-label={`Saved draft ${draft.title}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {draft.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{versions.length === 1 ? '1 version' : `${versions.length} versions`}</Badge>
            <Button size="compact-sm" variant="light" onClick={onContinue}>
              Add a version
            </Button>
          </Group>
        </Group>
        <Group align="flex-end">
          <Select aria-label="Version" data={options} value={shown} onChange={(v) => v && setShown(v)} style={{ flex: 1 }} />
          <Button
            variant="default"
            disabled={versions.length < 2}
            onClick={() => setCompare([String(versions[versions.length - 2]!.version), String(latest.version)])}
          >
            Compare versions
          </Button>
        </Group>
        <DraftText text={current.text} />
        <Text size="xs" c="dimmed">
          Drew on: {current.sources.map((s) => s.title).join(' · ') || 'no entries'}
        </Text>
      </Stack>
      <Modal opened={compare !== null} onClose={() => setCompare(null)} title={`Compare versions · ${draft.title}`} size="90%">
        {compare && (
          <Stack gap="sm">
            <Group grow>
              <Select aria-label="Left version" data={options} value={compare[0]} onChange={(v) => v && setCompare([v, compare[1]])} />
              <Select aria-label="Right version" data={options} value={compare[1]} onChange={(v) => v && setCompare([compare[0], v])} />
            </Group>
            <Table withColumnBorders aria-label="Version comparison" layout="fixed" fz="sm">
              <Table.Tbody>
                {lineDiff(pick(compare[0])?.text ?? '', pick(compare[1])?.text ?? '').map((row, i) => (
                  <Table.Tr key={i}>
                    {[row.left, row.right].map((cell, k) => (
                      <Table.Td
                        key={k}
                        style={{
                          whiteSpace: 'pre-wrap',
                          verticalAlign: 'top',
                          background:
                            row.changed && cell !== null
                              ? k === 0
                                ? 'var(--mantine-color-red-light)'
                                : 'var(--mantine-color-green-light)'
                              : undefined
                        }}
                      >
                        {cell ?? ''}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </Modal>
    </Card>
  )
}
