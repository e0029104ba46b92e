import { marked, type Tokens } from 'marked'
import {
  ladderSchema,
  TRACK_NAMES,
  trackOfText,
  type Ladder,
  type LadderLevel,
  type ScopeRank,
  type Track
} from '../../../../shared/domain/ladder'
import { AppError } from '../../base/errors'

/**
 * A ladder a person pastes: Markdown (a "## L5 Senior Engineer" heading per level, "Track:",
 * "Aliases:", "Scope:" lines and the criteria as bullets) or CSV (one row per criterion). The
 * parse is checked by the ladder schema; what is wrong is said in words.
 */

/** A level with nothing to say about its track is an engineering IC level, as in most ladders. */
const trackOf = (text: string): Track => trackOfText(text) ?? 'ic-engineering'
const scopeRankOf = (text: string, rank: number): ScopeRank =>
  /compan|industry|business-wide/i.test(text)
    ? 3
    : /\borg|several teams|multi|across teams|group/i.test(text)
      ? 2
      : /team/i.test(text)
        ? 1
        : rank >= 7
          ? 3
          : rank >= 6
            ? 2
            : 1
const codeAndName = (heading: string, n: number) => {
  const m = /\b([A-Z]{1,2}\d{1,2})\b/i.exec(heading)
  const code = (m?.[1] ?? `L${n}`).toUpperCase()
  const name = heading.replace(m?.[0] ?? '', '').replace(/^[\s·:\-–—|]+|[\s·:\-–—|]+$/g, '') || code
  return { code, name }
}
const rankOf = (code: string, n: number) => Number(/\d+/.exec(code)?.[0] ?? n)
const list = (s: string) =>
  s
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean)

export function parseLadderMarkdown(text: string): Ladder {
  const tokens = marked.lexer(text)
  let name = 'Imported ladder'
  const levels: LadderLevel[] = []
  let current: LadderLevel | undefined
  for (const t of tokens) {
    if (t.type === 'heading' && (t as Tokens.Heading).depth === 1) name = (t as Tokens.Heading).text.trim()
    else if (t.type === 'heading') {
      const { code, name: levelName } = codeAndName((t as Tokens.Heading).text, levels.length + 1)
      const rank = rankOf(code, levels.length + 1)
      current = {
        code,
        rank,
        track: trackOf(levelName),
        name: levelName,
        aliases: [],
        scopeRank: scopeRankOf('', rank),
        scope: '',
        criteria: []
      }
      levels.push(current)
    } else if (current && t.type === 'paragraph') {
      for (const line of (t as Tokens.Paragraph).text.split('\n')) {
        const [, key, value] = /^\s*(track|aliases|also|scope)\s*:\s*(.+)$/i.exec(line) ?? []
        if (!key || !value) continue
        const k = key.toLowerCase()
        if (k === 'track') current.track = trackOf(value)
        else if (k === 'scope') {
          // "several teams — Sets direction for several teams": the reach, then the sentence.
          const [reach, sentence] = value.split(/\s+[—–-]\s+/, 2)
          Object.assign(current, { scope: (sentence ?? value).trim(), scopeRank: scopeRankOf(reach!, current.rank) })
        } else current.aliases.push(...list(value))
      }
    } else if (current && t.type === 'list') current.criteria.push(...(t as Tokens.List).items.map((i) => i.text.trim()).filter(Boolean))
  }
  return checked({ name, levels })
}

/** RFC 4180 fields: quoted fields may hold commas, newlines and doubled quotes. */
function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      field = ''
      if (row.some((f) => f.trim())) rows.push(row)
      row = []
    } else field += c
  }
  row.push(field)
  if (row.some((f) => f.trim())) rows.push(row)
  return rows
}

export function parseLadderCsv(text: string): Ladder {
  const [header, ...rows] = csvRows(text)
  const cols = (header ?? []).map((h) => h.trim().toLowerCase())
  const at = (name: string) => cols.indexOf(name)
  if (at('level') < 0 || at('criterion') < 0)
    throw new AppError('VALIDATION', 'A CSV ladder needs a header row with at least “level” and “criterion” columns.')
  const levels = new Map<string, LadderLevel>()
  for (const r of rows) {
    const get = (name: string) => (at(name) >= 0 ? (r[at(name)] ?? '').trim() : '')
    const { code, name } = codeAndName(`${get('level')} ${get('name')}`, levels.size + 1)
    const track = trackOf(get('track') || name)
    const key = `${code}|${track}`
    let level = levels.get(key)
    if (!level) {
      const rank = rankOf(code, levels.size + 1)
      levels.set(
        key,
        (level = {
          code,
          rank,
          track,
          name,
          aliases: list(get('aliases')),
          scopeRank: scopeRankOf(get('scope'), rank),
          scope: get('scope'),
          criteria: []
        })
      )
    }
    if (get('criterion')) level.criteria.push(get('criterion'))
  }
  return checked({ name: 'Imported ladder', levels: [...levels.values()] })
}

function checked(ladder: Ladder): Ladder {
  const r = ladderSchema.safeParse(ladder)
  if (r.success) return r.data
  const issue = r.error.issues[0]!
  const where =
    issue.path[0] === 'levels' && typeof issue.path[1] === 'number' ? ` (level ${ladder.levels[issue.path[1]]?.code ?? ''})` : ''
  throw new AppError('VALIDATION', `That ladder could not be read${where}: ${issue.message}`)
}

/** The ladder as Markdown the user can edit and import back. */
export function ladderToMarkdown(ladder: Ladder): string {
  const out = [`# ${ladder.name}`, '']
  for (const l of ladder.levels) {
    out.push(`## ${l.code} ${l.name}`, '', `Track: ${TRACK_NAMES[l.track]}`)
    if (l.aliases.length) out.push(`Aliases: ${l.aliases.join(', ')}`)
    const reach = ['', 'team', 'several teams', 'company'][l.scopeRank]
    out.push(`Scope: ${reach}${l.scope ? ` — ${l.scope}` : ''}`, '', ...l.criteria.map((c) => `- ${c}`), '')
  }
  return out.join('\n')
}
