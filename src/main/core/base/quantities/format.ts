import type { Dimension } from './types'

/** Short renderings for reasons ("12 minutes", "$1.2M", "14 services", "80%"); not for drafts. */

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' }

export function compactNumber(n: number): string {
  const abs = Math.abs(n)
  const trim = (x: number) => String(Number(x.toFixed(x < 10 ? 2 : 1)))
  if (abs >= 1e9) return `${trim(n / 1e9)}B`
  if (abs >= 1e6) return `${trim(n / 1e6)}M`
  if (abs >= 1e4) return `${trim(n / 1e3)}k`
  // Not toLocaleString: this runs for every derived fact in a large history.
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(Number(n.toFixed(2)))
}

const PER: Record<string, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
  quarter: 'a quarter'
}

export function describeAmount(value: number, dimension: Dimension, unit: string, per?: string): string {
  const perText = per ? ` ${PER[per] ?? `per ${per}`}` : ''
  switch (dimension) {
    case 'money': {
      const s = SYMBOL[unit]
      return `${s ?? ''}${compactNumber(value)}${s || !unit ? '' : ` ${unit}`}${perText}`
    }
    case 'percent':
      return `${compactNumber(value)}%${perText}`
    case 'points':
      return `${compactNumber(value)} ${unit === 'pp' ? 'percentage points' : 'points'}`
    case 'multiple':
      return `${compactNumber(value)}x`
    case 'fraction':
      return `${compactNumber(value * 100)}%`
    case 'duration':
    case 'count':
    case 'size': {
      const u = value === 1 && unit.endsWith('s') && unit.length > 2 && dimension !== 'size' ? unit.slice(0, -1) : unit
      return `${compactNumber(value)}${u ? ` ${u}` : ''}${perText}`
    }
    default:
      return compactNumber(value)
  }
}

export const DIMENSION_NAMES: Record<Dimension, string> = {
  money: 'an amount of money',
  percent: 'a percentage',
  points: 'a change in points',
  count: 'a count',
  duration: 'a duration',
  multiple: 'a multiple',
  fraction: 'a fraction',
  date: 'a date',
  year: 'a year',
  ordinal: 'a rank',
  size: 'a size'
}
