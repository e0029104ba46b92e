// Fixed locale and UTC: a stored day reads the same on every machine and in every test.
// British order ("12 December"), as the rest of the wording is written.
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A stored day (YYYY-MM-DD) as the manager reads it in an agenda or an offer: "12 December",
 * with the year only when it is not the year of the agenda's own day (the meeting day the user
 * set, never the clock's today). Without an agenda day the year is always written ("7 November
 * 2026"), for the day that anchors the others. Anything that is not a day is left as it is. ISO
 * stays where a date is data: exports, file names, the calendar file, a draft's sources.
 */
export function proseDay(iso: string, agendaDay?: string): string {
  if (!ISO_DAY.test(iso)) return iso
  const date = new Date(`${iso}T00:00:00Z`)
  // "2026-02-30" would roll over to 2 March: a day that does not exist is shown as typed.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return iso
  return (iso.slice(0, 4) === agendaDay?.slice(0, 4) ? dayMonth : dayMonthYear).format(date)
}
