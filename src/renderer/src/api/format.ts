import { quarterNumber, todayIso } from '@shared/dates'
import { formatDay } from '@shared/formatDay'

/** Local calendar day, YYYY-MM-DD. */
export const todayLocal = () => todayIso()

// Made once, like the day format shared with the main process (its notifications).
const numberFormat = new Intl.NumberFormat()

export { formatDay }

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' })

/**
 * A date as precisely as it was written: "Q3 2025", "July 2025", "H2 2024", "2023", a day, or
 * "Undated" (a brag-document line with no date, whose stored day is only when it was recorded).
 */
export function formatWrittenDate(iso: string, precision?: 'day' | 'month' | 'quarter' | 'half' | 'year' | 'undated'): string {
  const year = iso.slice(0, 4)
  const month = Number(iso.slice(5, 7))
  switch (precision) {
    case 'undated':
      return 'Undated'
    case 'quarter':
      return `Q${quarterNumber(iso)} ${year}`
    case 'half':
      return `H${month <= 6 ? 1 : 2} ${year}`
    case 'year':
      return year
    case 'month':
      return monthFormat.format(new Date(`${iso}T00:00:00Z`))
    default:
      return formatDay(iso)
  }
}

/** The same as `n.toLocaleString()`, without a new formatter per call. */
export const formatNumber = (n: number) => numberFormat.format(n)

/** Bytes in words a person reads at a glance: 1.2 MB, 640 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
}

/** Download text as a file: a Blob and a temporary <a download>, no server round trip. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }))
}

/** Download any Blob (a gzipped export, a DOCX) under this file name. */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
