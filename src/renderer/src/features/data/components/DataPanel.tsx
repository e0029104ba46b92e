import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { call } from '../../../api/client'
import { downloadBlob } from '../../../api/format'
import { downloadText } from '../../../api/historyQueries'
import { BragImportDialog } from './BragImportDialog'
import { ImportDialog } from './ImportDialog'
import { TrySampleButton } from './sample'

/** A plain export this large would not fit an import; it is saved gzipped (.json.gz), which imports up to ~150 MB of JSON. */
const GZIP_EXPORT_ABOVE = 16 * 1024 * 1024

async function downloadGzip(fileName: string, text: string) {
  const packed = await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob()
  downloadBlob(fileName, new Blob([packed], { type: 'application/gzip' }))
}

/** Move data out and back in. */
export function DataPanel() {
  const exportAll = async (route: 'data.export' | 'data.exportWinsMarkdown') => {
    try {
      const { fileName, text } = await call(route, {})
      if (route === 'data.export' && text.length > GZIP_EXPORT_ABOVE) await downloadGzip(`${fileName}.gz`, text)
      else downloadText(fileName, text, route === 'data.export' ? 'application/json' : 'text/markdown')
    } catch (e) {
      notifications.show({ color: 'red', title: 'Export failed', message: (e as Error).message })
    }
  }
  return (
    <Card withBorder padding="lg" component="section" aria-label="Your data">
      <Stack gap="sm">
        <Title order={4}>Your data</Title>
        <Text size="sm" c="dimmed">
          Everything lives in one file on this machine. Export it to move it or keep a copy; an import is checked first and backed up before
          it changes anything.
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportAll('data.export')}>
            Export everything (JSON)
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportAll('data.exportWinsMarkdown')}>
            Export wins (Markdown)
          </Button>
          <ImportDialog />
          <BragImportDialog />
          <TrySampleButton variant="default" />
        </Group>
      </Stack>
    </Card>
  )
}
