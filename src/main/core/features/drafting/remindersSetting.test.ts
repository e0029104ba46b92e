import { describe, expect, it } from 'vitest'
import { createCore } from '../../app/createCore'
import { tempDataDir } from '../../store/testing'

const open = (dataDir: string) => createCore({ dataDir, mode: 'browser', version: 'test', lockFolder: false })

describe('the Reminders setting', () => {
  it('is on for a new user, turns off, and stays off after a restart', async () => {
    const dataDir = tempDataDir()
    const core = await open(dataDir)
    const first = await core.dispatch('settings.get', {})
    expect(first.ok && first.data.settings.reminders).toBe(true)
    const off = await core.dispatch('settings.update', { reminders: false })
    expect(off.ok && off.data.settings.reminders).toBe(false)
    await core.close()

    const again = await open(dataDir)
    const reread = await again.dispatch('settings.get', {})
    expect(reread.ok && reread.data.settings.reminders).toBe(false)
    // Other settings are untouched by the switch.
    expect(reread.ok && reread.data.settings.colorScheme).toBe('auto')
    await again.close()
  })

  it('refuses anything but on or off, in words, and keeps the stored choice', async () => {
    const core = await open(tempDataDir())
    const bad = await core.dispatch('settings.update', { reminders: 'yes' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toBe('Reminders must be on or off.')
    const view = await core.dispatch('settings.get', {})
    expect(view.ok && view.data.settings.reminders).toBe(true)
    await core.close()
  })
})
