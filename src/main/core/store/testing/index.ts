import type { Win } from '../../../../shared/domain/win'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh, real folder for each test: stores are tested on disk, not in memory. */
export const tempDataDir = (prefix = 'loopwise-test-') => mkdtempSync(join(tmpdir(), prefix))

/** A minimal stored win (id = title), for tests that only need something to save and find again. */
export function storedWin(title: string, id = title): Win {
  const at = '2026-03-14T10:00:00.000Z'
  return {
    id,
    date: '2026-03-14',
    title,
    whatIDid: '',
    impact: '',
    metrics: [],
    scope: 'self',
    stakeholders: [],
    tags: [],
    evidence: [],
    createdAt: at,
    updatedAt: at
  }
}
