import type { Win } from '@shared/domain/win'
import { formatNumber } from '../../api/format'

const hedge = (q: Win['metrics'][number]['qualifier']) => (q ? `${q} ` : '')
// "80%" and "3x" read as one token; every other unit is a word after the number.
const withUnit = (value: number, unit: string) => `${formatNumber(value)}${!unit ? '' : /^(?:%|x)$/i.test(unit) ? unit : ` ${unit}`}`
/** A metric as a chip on a win card: "Rollout time: 6 weeks (from 9 weeks)". */
export const formatMetric = (m: Win['metrics'][number]) =>
  `${m.label}: ${hedge(m.qualifier)}${withUnit(m.value, m.unit)}${
    m.baseline !== undefined ? ` (from ${hedge(m.baselineQualifier)}${withUnit(m.baseline, m.unit)})` : ''
  }`
