import { Alert, Checkbox, Code, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconTool, IconTrash } from '@tabler/icons-react'
import type { AppContract } from '@shared/api/contract'
import type { RouteOutput } from '@shared/api/define'
import { formatBytes } from '../../../api/format'

export type ImportSummary = RouteOutput<AppContract, 'data.importPreview'>

/** One value, exactly as stored, so a changed URL or switch cannot hide behind a friendly name. */
const Value = ({ children }: { children: string }) => <Code>{children}</Code>

/**
 * Everything a previewed import would do: each collection's counts, profile fields, settings
 * offered (unticked), links repaired and keys dropped. Nothing here is applied until "import".
 */
export function ImportSummaryView(props: { summary: ImportSummary; ticked: string[]; onTick(keys: string[]): void }) {
  const { summary, ticked } = props
  const toggle = (key: string, on: boolean) => props.onTick(on ? [...ticked, key] : ticked.filter((k) => k !== key))
  return (
    <Stack gap="sm">
      <Text size="sm">
        Dry run — nothing has changed yet. A backup of your current data is taken before anything is applied.
        {summary.mode === 'replace'
          ? ' Replace: what is not in the file is removed.'
          : ' Merge: entries with the same id are replaced; nothing is removed.'}
      </Text>
      <Table aria-label="Import summary" withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>What</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th>In file</Table.Th>
            <Table.Th>Added</Table.Th>
            <Table.Th>Replaced</Table.Th>
            <Table.Th>Unchanged</Table.Th>
            <Table.Th>Removed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.collections.map((c) => (
            <Table.Tr key={c.name}>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td>{c.existing}</Table.Td>
              <Table.Td>{c.incoming}</Table.Td>
              <Table.Td>{c.added}</Table.Td>
              <Table.Td c={c.replaced ? 'orange.8' : undefined}>{c.replaced}</Table.Td>
              <Table.Td>{c.unchanged}</Table.Td>
              <Table.Td c={c.removed ? 'red' : undefined} fw={c.removed ? 700 : undefined}>
                {c.removed}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {summary.profile.length > 0 && (
        <section aria-label="Profile changes">
          <Title order={6}>Your profile</Title>
          <List size="sm" spacing={2}>
            {summary.profile.map((p) => (
              <List.Item key={p.key}>
                {p.label}: <Value>{p.current}</Value> → <Value>{p.incoming}</Value>
              </List.Item>
            ))}
          </List>
        </section>
      )}

      {summary.settings.length > 0 && (
        <section aria-label="Settings in the file">
          <Title order={6}>Settings in the file</Title>
          <Text size="xs" c="dimmed" mb={4}>
            Your settings stay as they are. Tick a setting only if you want the file’s value.
          </Text>
          <Stack gap={6}>
            {summary.settings.map((s) => (
              <Checkbox
                key={s.key}
                checked={ticked.includes(s.key)}
                onChange={(e) => toggle(s.key, e.currentTarget.checked)}
                aria-label={`Take ${s.label} from the file: ${s.current} → ${s.incoming}`}
                label={
                  <Text size="sm" component="span">
                    {s.label}: <Value>{s.current}</Value> → <Value>{s.incoming}</Value>
                  </Text>
                }
              />
            ))}
          </Stack>
        </section>
      )}

      {summary.repairs.length > 0 && (
        <Alert
          variant="light"
          color="yellow"
          icon={<IconTool size={16} />}
          title={`${summary.repairs.length} broken link${summary.repairs.length === 1 ? '' : 's'} will be repaired`}
        >
          <List size="sm" spacing={4} aria-label="Repairs">
            {summary.repairs.map((r) => (
              <List.Item key={`${r.collection}/${r.id}/${r.repair}`}>
                <Text span fw={500} size="sm">
                  {r.entry}
                </Text>
                : {r.repair}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {summary.droppedKeys.length > 0 && (
        <Alert variant="light" color="gray" icon={<IconTrash size={16} />} title="Left out: parts of the file this Loopwise does not know">
          <List size="sm" aria-label="Dropped keys">
            {summary.droppedKeys.map((d) => (
              <List.Item key={d.key}>
                <Value>{d.key}</Value> ({formatBytes(d.bytes)})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  )
}
