import { useState } from 'react'
import { Alert, Button, FileButton, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react'
import type { AppContract } from '@shared/api/contract'
import type { RouteOutput } from '@shared/api/define'
import { call } from '../../../api/client'
import { useRefreshAll } from '../../../api/historyQueries'

type Summary = RouteOutput<AppContract, 'data.importPreview'>
const MAX_BYTES = 20 * 1024 * 1024

/** Choose a file → dry-run summary → backup and apply. A bad file is explained and changes nothing. */
export function ImportDialog() {
  const refresh = useRefreshAll()
  const [text, setText] = useState<string | null>(null)
  const [fileName, setFileName] = useState('')
  const [mode, setMode] = useState<'replace' | 'merge'>('replace')
  const [summary, setSummary] = useState<Summary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const preview = async (t: string, m: 'replace' | 'merge') => {
    setError(null)
    setSummary(null)
    try {
      setSummary(await call('data.importPreview', { text: t, mode: m }))
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const choose = async (file: File | null) => {
    if (!file) return
    setFileName(file.name)
    if (file.size > MAX_BYTES) {
      setText('')
      setError('Nothing was imported: the file is larger than 20 MB, so it is not a Loopwise export.')
      return
    }
    const t = await file.text()
    setText(t)
    await preview(t, mode)
  }

  const apply = async () => {
    if (!text) return
    setBusy(true)
    try {
      const out = await call('data.importApply', { text, mode })
      notifications.show({
        color: 'teal',
        title: 'Imported',
        message: `A backup of your previous data is at ${out.backupFile}`,
        autoClose: 8000
      })
      setText(null)
      await refresh()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <FileButton onChange={choose} accept="application/json,.json">
        {(props) => (
          <Button variant="default" leftSection={<IconFileImport size={16} />} {...props}>
            Import a Loopwise export…
          </Button>
        )}
      </FileButton>
      <Modal opened={text !== null} onClose={() => setText(null)} title={`Import ${fileName}`} size="lg">
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Import mode"
            data={[
              { value: 'replace', label: 'Replace everything' },
              { value: 'merge', label: 'Merge (add and update)' }
            ]}
            value={mode}
            onChange={(v) => {
              setMode(v as 'replace' | 'merge')
              if (text) void preview(text, v as 'replace' | 'merge')
            }}
          />
          {error && (
            <Alert color="red" icon={<IconAlertTriangle />} title="This file cannot be imported" role="alert">
              {error}
            </Alert>
          )}
          {summary && (
            <>
              <Text size="sm">Dry run — nothing has changed yet. A backup of your current data is taken before anything is applied.</Text>
              <Table aria-label="Import summary" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Now</Table.Th>
                    <Table.Th>In file</Table.Th>
                    <Table.Th>Added</Table.Th>
                    <Table.Th>Replaced</Table.Th>
                    <Table.Th>Removed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.collections.map((c) => (
                    <Table.Tr key={c.name}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.existing}</Table.Td>
                      <Table.Td>{c.incoming}</Table.Td>
                      <Table.Td>{c.added}</Table.Td>
                      <Table.Td>{c.replaced}</Table.Td>
                      <Table.Td c={c.removed ? 'red' : undefined}>{c.removed}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {summary.profileChanges && <Text size="sm">Your profile will be replaced by the one in the file.</Text>}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setText(null)}>
              Cancel
            </Button>
            <Button disabled={!summary} loading={busy} onClick={apply}>
              Back up and import
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
