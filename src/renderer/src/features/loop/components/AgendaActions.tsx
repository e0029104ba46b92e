import { createPortal } from 'react-dom'
import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { call } from '../../../api/client'
import { IconCalendarPlus, IconDownload, IconNotes, IconPrinter } from '@tabler/icons-react'
import { downloadText } from '../../../api/format'
import { DraftText } from '../../drafts'
import './agendaPrint.css'

const fileSlug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * Export and follow-up for a finished agenda. PDF goes through window.print() with a print
 * stylesheet that shows only the agenda: it works the same in the desktop window and in
 * browser mode, the system dialog offers "Save as PDF", and it needs no PDF library.
 */
export function AgendaActions({ text, fileName, personId, onLog }: { text: string; fileName: string; personId: string; onLog(): void }) {
  // The calendar file is for the next check-in on the cadence's day, with that day's agenda (made in the core).
  const addToCalendar = async () => {
    try {
      const file = await call('loop.calendar', { personId })
      downloadText(file.fileName, file.text, 'text/calendar')
    } catch (error) {
      notifications.show({ color: 'red', title: 'No calendar file', message: (error as Error).message })
    }
  }
  return (
    <>
      <Button variant="default" leftSection={<IconCalendarPlus size={16} />} onClick={addToCalendar}>
        Next check-in to calendar (.ics)
      </Button>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} />}
        onClick={() => downloadText(`${fileSlug(fileName)}.md`, text, 'text/markdown')}
      >
        Export Markdown
      </Button>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
        Print / PDF
      </Button>
      <Button color="teal" leftSection={<IconNotes size={16} />} onClick={onLog}>
        Log this check-in
      </Button>
      {createPortal(
        <div className="agenda-print" aria-hidden>
          <DraftText text={text} />
        </div>,
        document.body
      )}
    </>
  )
}
