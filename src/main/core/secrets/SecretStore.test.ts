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
