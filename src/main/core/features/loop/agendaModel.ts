import type { AgendaLength } from '../../../../shared/domain/loop'
import { asMarkdown, asPlain, mdText, type Md } from '../../base/markdown/safeMarkdown'

/** Which check-in field a question's answer belongs in when the check-in is logged. */
export type AnswerSlot = 'howAmIDoing' | 'myAsk' | 'notes'

export interface AgendaLine {
  /** Plain text (escaped when rendered), or an `md` template whose own markup is kept. */
  text: string | Md
  /** A question to ask, in quotes; logged with its answer after the meeting. */
  ask?: AnswerSlot
  /** Kept in the five-minute version. */
  core?: boolean
  /** Indented under the line before. */
  sub?: boolean
  /**
   * Advice to the user, not words for the meeting: shown beside the agenda, never in the text
   * they take into the room (the agenda is in their voice only).
   */
  coach?: boolean
}

/** What a section is for, so tests and an LLM's structured agenda can name it without its wording. */
export type SectionKey =
  | 'opening'
  | 'report'
  | 'stepOne'
  | 'stepTwo'
  | 'oneThing'
  | 'stepFour'
  | 'close'
  | 'anticipate'
  | 'propose'
  | 'lastOffer'
  | 'highlight'
  | 'priorities'
  | 'perspective'

export interface AgendaSection {
  key: SectionKey
  heading: string
  /** Time in words for the full one-on-one ("about five minutes"). */
  time?: string
  lines: AgendaLine[]
  /** Dropped from the five-minute version. */
  optional?: boolean
}

export interface AgendaDoc {
  title: string
  subtitle: string | Md
  notes: { label: string; text: string }[]
  sections: AgendaSection[]
}

export const ask = (text: string | Md, slot: AnswerSlot = 'notes', core = false): AgendaLine => ({ text, ask: slot, core })
export const say = (text: string | Md, core = false): AgendaLine => ({ text, core })
export const sub = (text: string | Md): AgendaLine => ({ text, sub: true, core: true })
export const coach = (text: string | Md): AgendaLine => ({ text, coach: true })

export const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)
export const clean = (s: string) => s.trim().replace(/[.!?]+$/, '')
/** Quoted speech keeps a question mark; a closing full stop goes outside the quote. */
export const quote = (s: string) => `“${s.trim().replace(/[.!]+$/, '')}”`

/** The five-minute slot keeps only the core of each section. */
export function forLength(doc: AgendaDoc, length: AgendaLength): AgendaDoc {
  if (length === 'full') return doc
  return {
    ...doc,
    sections: doc.sections
      .filter((s) => !s.optional)
      .map((s) => ({ key: s.key, heading: s.heading, lines: s.lines.filter((l) => l.core || l.coach) }))
      .filter((s) => s.lines.some((l) => !l.coach))
  }
}

/**
 * The agenda the user takes into the meeting, in their voice: no notes, no coaching. Every text
 * that can hold what a person typed goes through the escaping helper.
 */
export function renderMarkdown(doc: AgendaDoc): string {
  const out = [`# ${mdText(doc.title)}`, '', asMarkdown(doc.subtitle), '']
  for (const s of doc.sections) {
    // A timing is Loopwise's suggestion, never the user's fact: it says so (the trust guard reads the label).
    out.push(`## ${mdText(s.heading)}${s.time ? ` · ${mdText(s.time)} (suggested)` : ''}`, '')
    for (const l of s.lines) {
      if (l.coach) continue
      const text = l.ask ? `**Ask:** ${asMarkdown(l.text)}` : asMarkdown(l.text)
      out.push(`${l.sub ? '  ' : ''}- ${text}`)
    }
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** Every question in the agenda, in order, with the field its answer goes to. */
export const questionsOf = (doc: AgendaDoc) =>
  doc.sections.flatMap((s) => s.lines.filter((l) => l.ask && !l.coach).map((l) => ({ text: asPlain(l.text), slot: l.ask! })))

/** The side panel: the notes, then each section's coaching, labelled with where it applies. */
export const coachingOf = (doc: AgendaDoc): { label: string; text: string }[] => [
  ...doc.notes,
  ...doc.sections.flatMap((s) =>
    s.lines.filter((l) => l.coach).map((l) => ({ label: s.heading.replace(/ · .*$/, ''), text: asPlain(l.text) }))
  )
]
