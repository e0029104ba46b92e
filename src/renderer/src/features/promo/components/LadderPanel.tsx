import { useState } from 'react'
import { Accordion, Button, Group, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { TRACK_NAMES } from '@shared/domain/ladder'
import { useImportLadder, useLadder } from '../hooks/usePromo'

const EXAMPLE = {
  markdown:
    '# Our ladder\n\n## L5 Senior Engineer\n\nTrack: IC engineering\nAliases: Senior, E5\nScope: team — Owns the team’s hardest problems\n\n- Ships ambiguous work end to end\n- Mentors others\n',
  csv: 'level,name,track,aliases,scope,criterion\nL5,Senior Engineer,IC engineering,"Senior, E5",team,Ships ambiguous work end to end\n'
}

/** The ladder the criteria come from: shown, and replaceable by pasting the company's own. */
export function LadderPanel() {
  const ladder = useLadder()
  const save = useImportLadder()
  const [format, setFormat] = useState<'markdown' | 'csv'>('markdown')
  const [text, setText] = useState('')
  const run = (input: Parameters<typeof save.mutate>[0]) =>
    save.mutate(input, {
      onSuccess: (r) => {
        notifications.show({
          color: 'teal',
          message: r.custom ? `Ladder imported: ${r.ladder.levels.length} levels.` : 'Back to the default ladder.'
        })
        setText('')
      },
      onError: (e) => notifications.show({ color: 'red', title: 'Ladder not imported', message: e.message })
    })
  return (
    <Accordion variant="separated" className="lw-no-print">
      <Accordion.Item value="ladder">
        <Accordion.Control>
          Career ladder — {ladder.data ? `${ladder.data.ladder.name}${ladder.data.custom ? ' (imported)' : ''}` : '…'}
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Table striped withTableBorder fz="xs" aria-label="Ladder levels">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Level</Table.Th>
                  <Table.Th>Track</Table.Th>
                  <Table.Th>Also called</Table.Th>
                  <Table.Th>Expected scope</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(ladder.data?.ladder.levels ?? []).map((l) => (
                  <Table.Tr key={`${l.code}-${l.track}`}>
                    <Table.Td>
                      {l.code} · {l.name}
                    </Table.Td>
                    <Table.Td>{TRACK_NAMES[l.track]}</Table.Td>
                    <Table.Td>{l.aliases.join(', ')}</Table.Td>
                    <Table.Td>{l.scope}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">Paste your company’s ladder to replace it. Criteria for each level come from it.</Text>
            <SegmentedControl
              value={format}
              onChange={(v) => setFormat(v as 'markdown' | 'csv')}
              data={[
                { value: 'markdown', label: 'Markdown' },
                { value: 'csv', label: 'CSV' }
              ]}
              w={220}
            />
            <Textarea
              label="Ladder to import"
              placeholder={EXAMPLE[format]}
              autosize
              minRows={5}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group>
              <Button onClick={() => run({ format, text })} loading={save.isPending} disabled={!text.trim()}>
                Import ladder
              </Button>
              {ladder.data?.custom && (
                <Button variant="default" onClick={() => run({ format: 'reset' })}>
                  Use the default ladder
                </Button>
              )}
            </Group>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}
