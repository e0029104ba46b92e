import { useSyncExternalStore } from 'react'
import { onDataSetChange } from '../../../api/dataSet'

/**
 * The packet form lives outside the page, so leaving Promo and coming back keeps what was typed
 * (the page unmounts on navigation; this module does not). A new data set (sample entered or
 * left, an import) starts it afresh: a period typed over your data means nothing over the sample.
 */
export interface PromoForm {
  from: string
  to: string
  targetLevel: string
  criteria: string
  /** True once the user typed criteria: a level change then leaves them alone. */
  criteriaEdited: boolean
  packetId: string | null
  version: string | null
  /** False until the defaults have filled the form once. */
  filled: boolean
}

const initial: PromoForm = {
  from: '',
  to: '',
  targetLevel: '',
  criteria: '',
  criteriaEdited: false,
  packetId: null,
  version: null,
  filled: false
}
let state = initial
const listeners = new Set<() => void>()

export function setPromoForm(patch: Partial<PromoForm>) {
  state = { ...state, ...patch }
  for (const l of listeners) l()
}

onDataSetChange(() => setPromoForm(initial))

const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}

/** The form as it is now, outside React. */
export const promoFormNow = () => state
export const usePromoForm = () => useSyncExternalStore(subscribe, promoFormNow)
