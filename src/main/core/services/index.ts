import type { Store } from '../store/Store'
import { WinsService } from './winsService'

export interface Services {
  store: Store
  wins: WinsService
}

export function createServices(store: Store): Services {
  return { store, wins: new WinsService(store) }
}
