import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { KeyStatus } from '../../../../shared/domain/drafting'
import { createCore } from '../../app/createCore'
import { EncryptedFileSecretStore, type Cipher } from '../../base/secrets/SecretStore'

// Linux without a keyring: safeStorage's basic_text backend (obfuscation only).
const basicText: Cipher = {
  isAvailable: () => true,
  backend: () => 'basic_text',
  encrypt: (s) => Buffer.from(s).reverse(),
  decrypt: (b) => Buffer.from(b).reverse().toString()
}

describe('settings: the plain-text key opt-in', () => {
  it('turning it off through settings.update deletes the stored key, tells the user, and a restart does not load it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lw-optin-'))
    const keyFile = join(dataDir, 'secrets', 'keys.json')
    const start = async () =>
      createCore({
        dataDir,
        mode: 'desktop',
        version: 'test',
        lockFolder: false,
        secrets: await EncryptedFileSecretStore.open(keyFile, basicText)
      })
    const call = async <T>(core: Awaited<ReturnType<typeof start>>, route: string, input: unknown) => {
      const r = await core.dispatch(route, input)
      if (!r.ok) throw new Error(`${route}: ${r.error.message}`)
      return r.data as T
    }
    let core = await start()
    await call(core, 'settings.update', { allowPlainTextKeyStorage: true })
    const set = await call<{ key: KeyStatus }>(core, 'settings.setKey', { engine: 'openai', key: 'sk-optin-0123456789' })
    expect(set.key).toMatchObject({ present: true, persisted: true })
    expect(existsSync(keyFile)).toBe(true)

    const off = await call<{ key: KeyStatus }>(core, 'settings.update', { allowPlainTextKeyStorage: false })
    expect(existsSync(keyFile)).toBe(false)
    expect(off.key).toMatchObject({ present: true, persisted: false })
    expect(off.key.storageNote).toMatch(/deleted.*this session only/)
    await core.close()

    core = await start()
    expect((await call<{ key: KeyStatus }>(core, 'settings.get', {})).key).toMatchObject({ present: false, persisted: false })
    await core.close()
  })

  it('an opt-in turned off outside Settings (an import, an edit) still keeps the key off disk at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lw-optin-'))
    const keyFile = join(dataDir, 'secrets', 'keys.json')
    const secrets = await EncryptedFileSecretStore.open(keyFile, basicText)
    await secrets.set('openai', { value: 'sk-left-on-disk-0123', host: 'api.openai.com' }, { allowPlainText: true })
    expect(existsSync(keyFile)).toBe(true)
    // The store's settings say the opt-in is off (the default in a new folder).
    const core = await createCore({
      dataDir,
      mode: 'desktop',
      version: 'test',
      lockFolder: false,
      secrets: await EncryptedFileSecretStore.open(keyFile, basicText)
    })
    const r = await core.dispatch('settings.get', {})
    expect(r.ok && r.data.key).toMatchObject({ present: false, persisted: false })
    // The file goes right after start, off the start-up path.
    await vi.waitFor(() => expect(existsSync(keyFile)).toBe(false), { timeout: 5000 })
    await core.close()
  })
})
