/** Local calendar day, YYYY-MM-DD. */
export const todayLocal = () => new Date().toLocaleDateString('en-CA')

// One formatter each, made once: `toLocaleDateString`/`toLocaleString` build a new Intl
// formatter on every call, which made each win card cost milliseconds while scrolling.
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
const numberFormat = new Intl.NumberFormat()

export const formatDay = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00`))

/** The same as `n.toLocaleString()`, without a new formatter per call. */
export const formatNumber = (n: number) => numberFormat.format(n)

/** Download text as a file: a Blob and a temporary <a download>, no server round trip. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
