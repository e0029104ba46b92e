import type { Win, WinInput } from '@shared/domain/win'

export interface MetricRow {
  label: string
  value: number | string
  unit: string
  baseline: number | string
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
}

export const today = () => new Date().toLocaleDateString('en-CA')

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
  metrics: w.metrics.map((m) => ({ label: m.label, value: m.value, unit: m.unit, baseline: m.baseline ?? '' })),
  scope: w.scope,
  stakeholders: w.stakeholders,
  tags: w.tags,
  evidence: w.evidence.map((e) => ({ url: e.url, label: e.label }))
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
  title: v.title,
  whatIDid: v.whatIDid,
  impact: v.impact,
  metrics: v.metrics.map((m) => ({
    label: m.label,
    value: toNumber(m.value),
    unit: m.unit,
    ...(String(m.baseline).trim() === '' ? {} : { baseline: toNumber(m.baseline) })
  })),
  scope: v.scope,
  stakeholders: v.stakeholders,
  tags: v.tags,
  evidence: v.evidence.filter((e) => e.url.trim() !== ''),
  ...(commitmentId ? { commitmentId } : {})
})
