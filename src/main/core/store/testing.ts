import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh, real folder for each test: stores are tested on disk, not in memory. */
export const tempDataDir = (prefix = 'loopwise-test-') => mkdtempSync(join(tmpdir(), prefix))
