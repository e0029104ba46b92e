import { loadavg } from 'node:os'

/** The machine's 1-minute load, printed beside each figure: these cores are shared. */
export const loadNow = () => loadavg()[0]!.toFixed(1)
export const withLoad = (value: string) => `${value} (load ${loadNow()})`
