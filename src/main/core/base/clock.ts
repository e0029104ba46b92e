// The core's dates are the shared module's, so main and renderer agree on "today" and quarters.
export {
  addDays,
  addYears,
  daysBetween,
  nextQuarter,
  quarterNumber,
  quarterOf,
  quarterRange,
  systemClock,
  todayIso,
  type Clock
} from '../../../shared/dates'
