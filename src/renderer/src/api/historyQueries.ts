// The names the data feature imports (useRoute, useRefreshAll, formatDay, downloadText…).
// The query scheme lives in queries.ts, the formatters in format.ts; import from those.
export { useRefreshAll, useRoute, useRouteMutation } from './queries'
export { downloadText, formatDay, formatNumber, todayLocal } from './format'
