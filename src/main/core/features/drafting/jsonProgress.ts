import { mdText } from '../../base/markdown/safeMarkdown'

// Fields whose finished string values are worth showing while the JSON streams in.
const HEADLINE = new Set(['title', 'heading', 'targetLevel'])
const BODY = new Set(['text', 'xyz', 'whyStretch'])
const FIELD = /"([A-Za-z]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g

/**
 * Turns a streaming JSON reply into readable progress: "Drafting…", then each finished title,
 * heading or line as it arrives, never raw JSON. The final text replaces it when the run ends.
 * A reply that does not open as JSON (a server that ignored the format) streams as it is.
 */
export function createJsonProgress(emit: (text: string) => void) {
  let raw = ''
  let scanned = 0
  let mode: 'json' | 'prose' | null = null
  return {
    push(delta: string) {
      raw += delta
      if (mode === 'prose') return emit(delta)
      if (mode === null) {
        const first = raw.trimStart().charAt(0)
        if (!first) return
        mode = first === '{' || first === '`' ? 'json' : 'prose'
        if (mode === 'prose') return emit(raw)
        emit('*Drafting…*\n\n')
      }
      FIELD.lastIndex = scanned
      for (let m = FIELD.exec(raw); m; m = FIELD.exec(raw)) {
        scanned = FIELD.lastIndex
        const [, key, encoded] = m
        let value: string
        try {
          value = JSON.parse(`"${encoded}"`) as string
        } catch {
          continue
        }
        if (HEADLINE.has(key!)) emit(`**${mdText(value)}**\n\n`)
        else if (BODY.has(key!)) emit(`- ${mdText(value)}\n`)
      }
    },
    /** Everything received so far (the raw reply). */
    raw: () => raw,
    reset() {
      raw = ''
      scanned = 0
      mode = null
    }
  }
}
