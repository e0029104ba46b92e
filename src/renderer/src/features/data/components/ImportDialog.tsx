import { useRef, useState } from 'react'
import { Alert, Button, FileButton, Group, List, Modal, SegmentedControl, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react'
import { ApiError, call } from '../../../api/client'
import { useRefreshAll } from '../../../api/historyQueries'
import { dataSetChanged } from '../../../api/dataSet'
import { bytesToBase64 } from '../../../api/base64'
import { ImportSummaryView, type ImportSummary as Summary } from './ImportSummaryView'
import { MAX_IMPORT_CHARS, MAX_IMPORT_GZIP_BASE64 } from '@shared/api/routes/data'

/** The exact entries a refusal names (duplicate ids, links that cannot be repaired). */
const problemsOf = (e: unknown): string[] => {
  const d = e instanceof ApiError ? (e.details as { problems?: unknown } | undefined) : undefined
  return Array.isArray(d?.problems) ? d.problems.filter((p): p is string => typeof p === 'string') : []
}
const MAX_BYTES = MAX_IMPORT_CHARS
/** A `.json.gz` export travels as base64 (4 chars per 3 bytes) within the route's limit. */
const MAX_GZIP_BYTES = (MAX_IMPORT_GZIP_BASE64 / 4) * 3

/** What the import routes get: the text of a .json, or the bytes of a .json.gz in base64. */
type ImportFile = { text: string } | { gzip: string }

async function readImportFile(file: File): Promise<ImportFile | string> {
  if (!/\.gz$/i.test(file.name)) {
    if (file.size > MAX_BYTES) return 'Nothing was imported: the file is larger than 20 MB; export again from Loopwise to get a .json.gz.'
    return { text: await file.text() }
  }
  if (file.size > MAX_GZIP_BYTES) return 'Nothing was imported: the compressed file is larger than 18 MB, so it is not a Loopwise export.'
  return { gzip: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }
}

/** Choose a file → dry-run summary → backup and apply. A bad file is explained and changes nothing. */
export function ImportDialog() {
  const refresh = useRefreshAll()
  const [text, setText] = useState<ImportFile | null>(null)
  const [fileName, setFileName] = useState('')
  const [mode, setMode] = useState<'replace' | 'merge'>('replace')
  const [summary, setSummary] = useState<Summary | null>(null)
  const [error, setError] = useState<{ message: string; problems: string[]; title?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  // Settings the person ticked to take from the file; none by default.
  const [ticked, setTicked] = useState<string[]>([])

  const fail = (e: unknown) => setError({ message: (e as Error).message, problems: problemsOf(e) })

  // Only the newest preview may land: switching mode twice quickly must not show the older one.
  const latest = useRef(0)
  const preview = async (t: ImportFile, m: 'replace' | 'merge') => {
    const mine = ++latest.current
    setError(null)
    setSummary(null)
    setTicked([])
    try {
      const next = await call('data.importPreview', { ...t, mode: m })
      if (mine === latest.current) setSummary(next)
    } catch (e) {
      if (mine === latest.current) fail(e)
    }
  }

  const choose = async (file: File | null) => {
    if (!file) return
    setFileName(file.name)
    const t = await readImportFile(file)
    if (typeof t === 'string') {
      // The dialog opens to say why; there is nothing to preview.
      setText({ text: '' })
      setError({ message: t, problems: [] })
      return
    }
    setText(t)
    await preview(t, mode)
  }

  const apply = async () => {
    if (!text || !summary) return
    setBusy(true)
    try {
      const out = await call('data.importApply', { ...text, mode, settings: ticked, previewId: summary.previewId })
      const taken = out.settingsTaken.length
        ? ` ${out.settingsTaken.length} setting${out.settingsTaken.length === 1 ? ' was' : 's were'} taken from the file.`
        : ''
      notifications.show({
        color: 'teal',
        title: 'Imported',
        message: `A backup of your previous data is at ${out.backupFile}.${taken}`,
        autoClose: 8000
      })
      setText(null)
      await refresh()
      dataSetChanged()
    } catch (e) {
      // Your data changed since the preview: show the new one rather than apply what was not seen.
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        await preview(text, mode)
        setError({ message: e.message, problems: [], title: 'Your data changed since this preview' })
      } else fail(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <FileButton onChange={choose} accept="application/json,.json,application/gzip,.gz">
        {(props) => (
          <Button variant="default" leftSection={<IconFileImport size={16} />} {...props}>
            Import a Loopwise export…
          </Button>
        )}
      </FileButton>
      <Modal opened={text !== null} onClose={() => setText(null)} title={`Import ${fileName}`} size="xl">
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
            <Alert color="red" icon={<IconAlertTriangle />} title={error.title ?? 'This file cannot be imported'} role="alert">
              {error.message}
              {error.problems.length > 8 && (
                <List size="sm" mt="xs" aria-label="Every problem">
                  {error.problems.map((p) => (
                    <List.Item key={p}>{p}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {summary && <ImportSummaryView summary={summary} ticked={ticked} onTick={setTicked} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setText(null)}>
              Cancel
            </Button>
            <Button disabled={!summary} loading={busy} onClick={apply}>
              {ticked.length ? `Back up and import (with ${ticked.length} setting${ticked.length === 1 ? '' : 's'})` : 'Back up and import'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
