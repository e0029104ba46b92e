// Made once: `toLocaleDateString` builds a new Intl formatter on every call, which made each win
// card cost milliseconds while scrolling.
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' })

/** A YYYY-MM-DD day in the user's locale ("Dec 7, 2026"): one format for every message; ISO only in files. */
export const formatDay = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00`))
