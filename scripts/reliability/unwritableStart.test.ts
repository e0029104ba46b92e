import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkUnwritableStart } from './unwritableStart'

const repoRoot = join(__dirname, '../..')

describe('browser mode starts on a folder it cannot write (the real entry, the real lock)', () => {
  for (const kind of ['read-only disk', 'no permission'] as const) {
    it(`${kind}: opens read-only, says why and where, shows the data, refuses saves with STORAGE, and sample data still opens`, async () => {
      const outcome = await checkUnwritableStart(repoRoot, kind)
      if ('skipped' in outcome) {
        console.log(`skipped (${kind}): ${outcome.skipped}`)
        return
      }
      expect(outcome.problem).toBeNull()
      expect(outcome.saveMessage).toMatch(/^Not saved: The data folder .* (is on a read-only disk|cannot be written: no permission)/)
      expect(outcome.sampleFolder).toMatch(/loopwise-sample-/)
    }, 90_000)
  }
})
