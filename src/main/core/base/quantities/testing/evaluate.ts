import { buildFactsIndex } from '../facts'
import { matchClaim } from '../match'
import { parseChanges } from '../changes'
import { parseQuantities } from '../parse'
import type { Quantity } from '../types'
import type { CorpusCase, ExpectedQuantity } from './corpusTypes'

export interface CaseResult {
  ok: boolean
  /** What was found, for the failure report. */
  detail: string
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-3)

function fits(q: Quantity, e: ExpectedQuantity): boolean {
  return (
    q.dimension === e.dimension &&
    (e.text === undefined || q.text === e.text) &&
    (e.value === undefined || close(q.value, e.value)) &&
    (e.unit === undefined || q.unit === e.unit) &&
    (e.per === undefined || q.per === e.per) &&
    (e.approx === undefined || q.approx === e.approx) &&
    (e.about === undefined || q.about.toLowerCase().includes(e.about.toLowerCase())) &&
    (e.range === undefined || (!!q.range && close(q.range[0], e.range[0]) && close(q.range[1], e.range[1]))) &&
    (e.invalid === undefined || !!q.invalid === e.invalid)
  )
}

const show = (qs: readonly Quantity[]) =>
  qs
    .map(
      (q) =>
        `[${q.text}] ${q.dimension} ${q.value} ${q.unit}${q.per ? `/${q.per}` : ''}${q.approx ? ` ~${q.approx}` : ''} about="${q.about}"`
    )
    .join('; ') || '(none)'

/** Run one corpus case through the real parser and matcher. */
export function evaluate(c: CorpusCase): CaseResult {
  if (c.kind === 'parse') {
    const qs = parseQuantities(c.text)
    const ok =
      (c.find ?? []).every((e) => qs.some((q) => fits(q, e))) &&
      (!c.none || qs.length === 0) &&
      (c.not ?? []).every((s) => !qs.some((q) => q.text.includes(s)))
    return { ok, detail: show(qs) }
  }
  if (c.kind === 'change') {
    const changes = parseChanges(c.text)
    const side = (q: Quantity | undefined, e: { value: number; unit?: string } | undefined) =>
      e === undefined || (!!q && close(q.value, e.value) && (e.unit === undefined || q.unit === e.unit))
    const ok = changes.some(
      (ch) =>
        side(ch.before, c.before) &&
        side(ch.after, c.after) &&
        (c.multiple === undefined || (ch.multiple !== undefined && close(ch.multiple, c.multiple)))
    )
    return {
      ok,
      detail:
        changes
          .map(
            (ch) =>
              `${ch.before?.value ?? '?'} ${ch.before?.unit ?? ''} → ${ch.after?.value ?? '?'} ${ch.after?.unit ?? ''} ×${ch.multiple ?? '?'}`
          )
          .join('; ') || '(none)'
    }
  }
  const index = buildFactsIndex(c.sources)
  const qs = parseQuantities(c.claim)
  const target =
    qs.find((q) => q.text.toLowerCase().includes(c.target.toLowerCase())) ??
    qs.find((q) => c.target.toLowerCase().includes(q.text.toLowerCase()))
  if (!target) return { ok: false, detail: `target "${c.target}" not found: ${show(qs)}` }
  const m = matchClaim(target, index, c.cited ? { citedIds: c.cited } : {})
  const ok = m.supported === c.supported && (!c.reason || (!!m.reason && c.reason.test(m.reason)))
  return {
    ok,
    detail: `${show([target])} → ${m.supported ? `supported by ${m.by?.text}${m.derivation ? ` (${m.derivation})` : ''}` : `flagged: ${m.reason}`}`
  }
}

export function score(cases: readonly CorpusCase[]): { passed: number; total: number; failures: string[] } {
  const failures: string[] = []
  let passed = 0
  for (const c of cases) {
    const r = evaluate(c)
    if (r.ok) passed++
    else
      failures.push(
        `${c.kind}: ${c.kind === 'match' ? `${c.claim} [${c.target}] expected ${c.supported ? 'supported' : 'flagged'}` : c.text} — ${r.detail}`
      )
  }
  return { passed, total: cases.length, failures }
}
