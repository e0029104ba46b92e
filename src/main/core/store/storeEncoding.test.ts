import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store, STORE_FILE_NAME } from './Store'

describe('store file encoding', () => {
  it('opens a valid file saved with a UTF-8 byte order mark instead of moving it aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loopwise-bom-'))
    const win = {
      id: 'w1',
      date: '2026-03-14',
      title: 'Edited in Notepad',
      whatIDid: '',
      impact: '',
      metrics: [],
      scope: 'self',
      stakeholders: [],
      tags: [],
      evidence: [],
      createdAt: '2026-03-14T10:00:00.000Z',
      updatedAt: '2026-03-14T10:00:00.000Z'
    }
    writeFileSync(join(dir, STORE_FILE_NAME), `\uFEFF${JSON.stringify({ schemaVersion: 2, wins: [win] })}`)
    const store = await Store.open({ dataDir: dir })
    expect(store.getStatus().recovery).toBeNull()
    expect(store.data.wins.map((w) => w.title)).toEqual(['Edited in Notepad'])
    expect(readdirSync(dir).filter((n) => n.startsWith('loopwise.corrupt-'))).toEqual([])
  })
})
