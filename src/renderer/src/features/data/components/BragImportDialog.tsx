import { useCallback, useState } from 'react'
import { Button, FileButton, Group, Modal, ScrollArea, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconMarkdown } from '@tabler/icons-react'
import { call } from '../../../api/client'
import { useRefreshAll } from '../../../api/historyQueries'
import { BragCandidateRow, type Candidate } from './BragCandidateRow'

/** What is saved: a date the user changed is a day; an untouched one keeps the document's precision; none stays undated. */
const toWin = ({ line: _line, notes: _notes, keep: _keep, parsedDate, date, datePrecision, ...fields }: Candidate) => ({
  ...fields,
  ...(date ? { date, datePrecision: date === parsedDate ? datePrecision : ('day' as const) } : {})
})

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
      setCandidates(found.map((c) => ({ ...c, parsedDate: c.date })))
      if (found.length === 0) setError('No bullets or headed paragraphs found to turn into wins.')
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const patch = useCallback(
    (i: number, p: Partial<Candidate>) => setCandidates((cs) => cs && cs.map((c, j) => (j === i ? { ...c, ...p } : c))),
    []
  )
  const undated = (candidates ?? []).filter((c) => c.keep && !c.date).length

  const save = async () => {
    const kept = (candidates ?? []).filter((c) => c.keep)
    try {
      const saved = await call('data.bragSave', { wins: kept.map(toWin) })
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
              Bullets and headed paragraphs become wins, split into a short title, what you did and the impact. Dates like 2025-03, March
              2025 or Q1 2025 come from the line or the heading above; lines with none stay undated. Amounts with a unit become metrics with
              their baseline (from ~22 to 7 min, 820ms → 310ms), rate ($18k/month) and hedge (about 250, 120+). A Loopwise wins export reads
              back as the same wins. You review everything before it is saved.
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
              {candidates.filter((c) => c.keep).length} of {candidates.length} selected. Fix titles, dates and fields; untick what is not a
              win.
            </Text>
            {undated > 0 && (
              <Text size="sm" c="orange.8" role="status">
                {undated === 1 ? '1 win has' : `${undated} wins have`} no date in the document. They are listed last: give each a date, or
                save them as undated (shown as “Undated”, never as today).
              </Text>
            )}
            <ScrollArea.Autosize mah="60vh" offsetScrollbars>
              <Stack gap="md">
                {candidates.map((c, i) => (
                  <BragCandidateRow key={i} c={c} i={i} patch={patch} />
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
