import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BrowserSecretStore, EncryptedFileSecretStore, type Cipher } from './SecretStore'

// A reversible stand-in for safeStorage: enough to prove the file never holds the plain key.
const cipher = (backend: string, available = true): Cipher => ({
  isAvailable: () => available,
  backend: () => backend,
  encrypt: (s) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
  decrypt: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString()
})
const KEY = 'sk-test-store-0123456789'

describe('EncryptedFileSecretStore', () => {
  it('persists encrypted with a real keyring and reads it back', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lw-sec-')), 'secrets', 'keys.json')
    const store = await EncryptedFileSecretStore.open(file, cipher('gnome_libsecret'))
    await store.set('openai', { value: KEY, host: 'api.openai.com' }, { allowPlainText: false })
    expect(readFileSync(file, 'utf8')).not.toContain(KEY)
    const reopened = await EncryptedFileSecretStore.open(file, cipher('gnome_libsecret'))
    expect(reopened.get('openai')).toEqual({ value: KEY, host: 'api.openai.com' })
    expect(reopened.status('openai', { allowPlainText: false })).toMatchObject({ present: true, persisted: true, canPersistSecurely: true })
  })

  it('keeps the key in memory only on basic_text unless the person opts in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-sec-'))
    const file = join(dir, 'keys.json')
    const store = await EncryptedFileSecretStore.open(file, cipher('basic_text'))
    await store.set('openai', { value: KEY, host: 'api.openai.com' }, { allowPlainText: false })
    expect(existsSync(file)).toBe(false)
    const status = store.status('openai', { allowPlainText: false })
    expect(status).toMatchObject({ present: true, persisted: false, canPersistSecurely: false })
    expect(status.storageNote).toMatch(/basic_text.*session only/)
    await store.set('openai', { value: KEY, host: 'api.openai.com' }, { allowPlainText: true })
    expect(existsSync(file)).toBe(true)
    expect(store.status('openai', { allowPlainText: true }).persisted).toBe(true)
    await store.clear('openai')
    expect(existsSync(file)).toBe(false)
  })
})

describe('BrowserSecretStore', () => {
  it('uses OPENAI_API_KEY for OpenAI only, and session memory otherwise', async () => {
    const store = new BrowserSecretStore(KEY)
    expect(store.get('openai')).toEqual({ value: KEY, host: 'api.openai.com' })
    expect(store.get('compatible')).toBeNull()
    expect(store.status('openai')).toMatchObject({ source: 'env', persisted: false })
    await store.set('compatible', { value: 'local', host: '127.0.0.1:1234' })
    expect(store.status('compatible')).toMatchObject({ source: 'session', host: '127.0.0.1:1234' })
  })
})

describe('the plain-text opt-in (basic_text)', () => {
  const open = async (file: string) => EncryptedFileSecretStore.open(file, cipher('basic_text'))

  it('turning it off deletes the key on disk, keeps it for the session, and says so; status never says persisted with a session-only note', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lw-sec-')), 'keys.json')
    const store = await open(file)
    await store.set('openai', { value: KEY, host: 'api.openai.com' }, { allowPlainText: true })
    expect(existsSync(file)).toBe(true)
    expect(store.status('openai', { allowPlainText: true })).toMatchObject({ persisted: true, source: 'stored' })
    expect(await store.applyPolicy({ allowPlainText: false }, false)).toEqual({ deleted: ['openai'] })
    expect(existsSync(file)).toBe(false)
    const off = store.status('openai', { allowPlainText: false })
    expect(off).toMatchObject({ present: true, persisted: false, source: 'session' })
    expect(off.storageNote).toMatch(/deleted.*session only/)
    // After a restart it is gone.
    expect((await open(file)).get('openai')).toBeNull()
    // Turning it back on keeps the session's key on disk again.
    await store.applyPolicy({ allowPlainText: true }, false)
    expect(existsSync(file)).toBe(true)
    expect(store.status('openai', { allowPlainText: true })).toMatchObject({ persisted: true })
    expect(store.status('openai', { allowPlainText: true }).storageNote).not.toMatch(/session only/)
  })

  it('a key kept on disk while the opt-in is now off is not loaded at start, and the file is deleted', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lw-sec-')), 'keys.json')
    await (await open(file)).set('compatible', { value: KEY, host: '127.0.0.1:1234' }, { allowPlainText: true })
    const restarted = await open(file)
    const applied = restarted.applyPolicy({ allowPlainText: false }, true)
    // The memory side is immediate: nothing can read the key while the file is being removed.
    expect(restarted.get('compatible')).toBeNull()
    expect(await applied).toEqual({ deleted: ['compatible'] })
    expect(existsSync(file)).toBe(false)
    expect(restarted.status('compatible', { allowPlainText: false })).toMatchObject({ present: false, persisted: false })
  })

  it('a status can never claim persisted beside a session-only note, whatever the option passed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lw-sec-')), 'keys.json')
    const store = await open(file)
    await store.set('openai', { value: KEY, host: 'api.openai.com' }, { allowPlainText: true })
    const s = store.status('openai', { allowPlainText: false })
    expect(s.persisted && /session only/.test(s.storageNote)).toBe(false)
  })
})
