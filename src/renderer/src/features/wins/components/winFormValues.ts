import type { Win, WinInput } from '@shared/domain/win'
import { todayIso } from '@shared/dates'

export interface MetricRow {
  label: string
  value: number | string
  unit: string
  baseline: number | string
  /** Hedges read from a brag document ("about", "at least"); carried through an edit, not shown as fields. */
  qualifier?: Win['metrics'][number]['qualifier']
  baselineQualifier?: Win['metrics'][number]['qualifier']
}

export interface WinFormValues {
  date: string
  title: string
  whatIDid: string
  impact: string
  metrics: MetricRow[]
  scope: Win['scope']
  stakeholders: string[]
  tags: string[]
  evidence: { url: string; label: string }[]
  /** The stored date and its precision ("Q1 2025", undated): kept while the date is left as it was. */
  original?: { date: string; datePrecision: Win['datePrecision'] }
}

export const today = () => todayIso()

export const emptyWinForm = (): WinFormValues => ({
  date: today(),
  title: '',
  whatIDid: '',
  impact: '',
  metrics: [],
  scope: 'team',
  stakeholders: [],
  tags: [],
  evidence: []
})

export const winToForm = (w: Win): WinFormValues => ({
  date: w.date,
  title: w.title,
  whatIDid: w.whatIDid,
  impact: w.impact,
  metrics: w.metrics.map((m) => ({
    label: m.label,
    value: m.value,
    unit: m.unit,
    baseline: m.baseline ?? '',
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    ...(m.baselineQualifier ? { baselineQualifier: m.baselineQualifier } : {})
  })),
  scope: w.scope,
  stakeholders: w.stakeholders,
  tags: w.tags,
  evidence: w.evidence.map((e) => ({ url: e.url, label: e.label })),
  ...(w.datePrecision ? { original: { date: w.date, datePrecision: w.datePrecision } } : {})
})

/** The text fields of a prefill (title, what I did, impact, date); anything else is ignored. */
export const prefillForm = (p: Partial<WinInput>): Partial<WinFormValues> => ({
  ...(p.title ? { title: p.title } : {}),
  ...(p.whatIDid ? { whatIDid: p.whatIDid } : {}),
  ...(p.impact ? { impact: p.impact } : {}),
  ...(p.date ? { date: p.date } : {})
})

const toNumber = (v: number | string): number => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v))

/** Form strings -> the contract's input; empty baselines are dropped, not sent as NaN. */
export const formToWinInput = (v: WinFormValues, commitmentId?: string): WinInput => ({
  date: v.date,
  ...(v.original?.datePrecision && v.original.date === v.date ? { datePrecision: v.original.datePrecision } : {}),
  title: v.title,
  whatIDid: v.whatIDid,
  impact: v.impact,
  metrics: v.metrics.map((m) => ({
    label: m.label,
    value: toNumber(m.value),
    unit: m.unit,
    ...(String(m.baseline).trim() === '' ? {} : { baseline: toNumber(m.baseline) }),
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    ...(m.baselineQualifier && String(m.baseline).trim() !== '' ? { baselineQualifier: m.baselineQualifier } : {})
  })),
  scope: v.scope,
  stakeholders: v.stakeholders,
  tags: v.tags,
  evidence: v.evidence.filter((e) => e.url.trim() !== ''),
  ...(commitmentId ? { commitmentId } : {})
})
