import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Store } from '../Store'

/** A real store in a fresh temp folder, for service tests. */
export const openTempStore = () => Store.open({ dataDir: mkdtempSync(join(tmpdir(), 'loopwise-svc-')) })
