import { useState } from 'react'
import { Badge, Button, Checkbox, FileButton, Group, Modal, ScrollArea, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconMarkdown } from '@tabler/icons-react'
import type { AppContract } from '@shared/api/contract'
import type { RouteOutput } from '@shared/api/define'
import { call } from '../../../api/client'
import { useRefreshAll } from '../../../api/historyQueries'

type Candidate = RouteOutput<AppContract, 'data.bragPreview'>[number] & { keep: boolean }

/** Paste or choose a Markdown brag document, review every win, then save the ones you keep. */
export function BragImportDialog() {
  const refresh = useRefreshAll()
  const [open, setOpen] = useState(false)
  const [markdown, setMarkdown] = useState('')
  const [candidates, setCandidates] = useState<Candidate[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const read = async (md: string) => {
    setError(null)
    try {
      const found = await call('data.bragPreview', { markdown: md })
      setCandidates(found.map((c) => ({ ...c, keep: true })))
      if (found.length === 0) setError('No bullets or headed paragraphs found to turn into wins.')
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const patch = (i: number, p: Partial<Candidate>) => setCandidates((cs) => cs && cs.map((c, j) => (j === i ? { ...c, ...p } : c)))

  const save = async () => {
    const kept = (candidates ?? []).filter((c) => c.keep)
    try {
      const saved = await call('data.bragSave', {
        wins: kept.map((c) => ({ title: c.title, date: c.date, whatIDid: c.whatIDid, metrics: c.metrics, tags: c.tags }))
      })
      notifications.show({ color: 'teal', title: 'Wins imported', message: `${saved.length} wins added.` })
      setOpen(false)
      setCandidates(null)
      setMarkdown('')
      await refresh()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <>
      <Button variant="default" leftSection={<IconMarkdown size={16} />} onClick={() => setOpen(true)}>
        Import a brag document (Markdown)…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Import a brag document" size="xl">
        {candidates === null ? (
          <Stack gap="sm">
            <Text size="sm">
              Headings and bullets become wins; dates like 2025-03, March 2025 or Q1 2025 are picked up from the line or the heading above;
              numbers with a clear unit (35%, from 12 to 4 days, $1.2M) become metrics. You review everything before it is saved.
            </Text>
            <Textarea
              aria-label="Markdown"
              placeholder="## Q1 2025&#10;- Led the planning-tool rollout in 6 weeks"
              autosize
              minRows={8}
              maxRows={16}
              value={markdown}
              onChange={(e) => setMarkdown(e.currentTarget.value)}
            />
            {error && (
              <Text c="red" size="sm" role="alert">
                {error}
              </Text>
            )}
            <Group justify="space-between">
              <FileButton
                accept=".md,.markdown,text/markdown,text/plain"
                onChange={async (f) => {
                  if (!f) return
                  const t = await f.text()
                  setMarkdown(t)
                  await read(t)
                }}
              >
                {(props) => (
                  <Button variant="subtle" {...props}>
                    Choose a .md file…
                  </Button>
                )}
              </FileButton>
              <Button disabled={!markdown.trim()} onClick={() => read(markdown)}>
                Read it
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm">
              {candidates.filter((c) => c.keep).length} of {candidates.length} selected. Fix titles and dates; untick what is not a win.
            </Text>
            <ScrollArea.Autosize mah="60vh">
              <Stack gap="xs">
                {candidates.map((c, i) => (
                  <Group key={i} align="flex-start" wrap="nowrap" gap="xs" aria-label={`Candidate ${i + 1}`}>
                    <Checkbox
                      mt={8}
                      aria-label={`Keep ${c.title}`}
                      checked={c.keep}
                      onChange={(e) => patch(i, { keep: e.currentTarget.checked })}
                    />
                    <Stack gap={4} style={{ flex: 1 }}>
                      <Group gap="xs" wrap="nowrap">
                        <TextInput
                          aria-label={`Title ${i + 1}`}
                          value={c.title}
                          onChange={(e) => patch(i, { title: e.currentTarget.value })}
                          style={{ flex: 1 }}
                        />
                        <TextInput
                          aria-label={`Date ${i + 1}`}
                          type="date"
                          value={c.date}
                          onChange={(e) => patch(i, { date: e.currentTarget.value })}
                          w={150}
                        />
                      </Group>
                      <Group gap={4}>
                        <Badge size="xs" variant="light" color={c.datePrecision === 'none' ? 'red' : 'gray'}>
                          date: {c.datePrecision === 'none' ? 'not found' : c.datePrecision}
                        </Badge>
                        {c.metrics.map((m, k) => (
                          <Badge key={k} size="xs" variant="outline" color="teal" tt="none">
                            {m.label}: {m.baseline !== undefined ? `${m.baseline} → ` : ''}
                            {m.value} {m.unit}
                          </Badge>
                        ))}
                        <Text size="xs" c="dimmed">
                          line {c.line}
                        </Text>
                      </Group>
                      {c.notes.map((n) => (
                        <Text key={n} size="xs" c="orange">
                          {n}
                        </Text>
                      ))}
                    </Stack>
                  </Group>
                ))}
              </Stack>
            </ScrollArea.Autosize>
            {error && (
              <Text c="red" size="sm" role="alert">
                {error}
              </Text>
            )}
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => setCandidates(null)}>
                Back
              </Button>
              <Button disabled={!candidates.some((c) => c.keep)} onClick={save}>
                Save {candidates.filter((c) => c.keep).length} wins
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
