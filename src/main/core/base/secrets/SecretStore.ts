import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { KeyStatus } from '../../../../shared/domain/drafting'

export type SecretName = 'openai' | 'compatible'

/** A key and the one host it may be sent to. */
export interface Secret {
  value: string
  host: string
}

/**
 * Where API keys live: main process only. Nothing that implements this may hand a key to
 * the renderer; callers ask for status() to show the UI, and get() only to make a request.
 */
export interface SecretStore {
  get(name: SecretName): Secret | null
  set(name: SecretName, secret: Secret, options: { allowPlainText: boolean }): Promise<void>
  clear(name: SecretName): Promise<void>
  status(name: SecretName, options: { allowPlainText: boolean }): KeyStatus
  /**
   * Bring what is on disk in line with the plain-text opt-in: off deletes every key kept on disk
   * without a real keyring (`forgetLoaded` also drops the ones read from disk at start, which
   * should never have been loaded); on keeps the session's keys on disk. The change in memory
   * is made before the first await, so nothing can read a key in between.
   */
  applyPolicy(options: { allowPlainText: boolean }, forgetLoaded: boolean): Promise<{ deleted: SecretName[] }>
}

const NO_KEY = (note: string, canPersistSecurely: boolean): KeyStatus => ({
  present: false,
  source: null,
  host: null,
  persisted: false,
  storageNote: note,
  canPersistSecurely
})

/** Session-only: the key is forgotten when Loopwise quits. */
export class MemorySecretStore implements SecretStore {
  protected readonly memory = new Map<SecretName, Secret>()
  constructor(private readonly note = 'Kept in memory for this session only; you will paste it again after a restart.') {}
  get(name: SecretName) {
    return this.memory.get(name) ?? null
  }
  async set(name: SecretName, secret: Secret, _options?: { allowPlainText: boolean }) {
    this.memory.set(name, secret)
  }
  async clear(name: SecretName) {
    this.memory.delete(name)
  }
  async applyPolicy(_options: { allowPlainText: boolean }, _forgetLoaded: boolean): Promise<{ deleted: SecretName[] }> {
    return { deleted: [] }
  }
  status(name: SecretName, _options?: { allowPlainText: boolean }): KeyStatus {
    const s = this.memory.get(name)
    return s
      ? { present: true, source: 'session', host: s.host, persisted: false, storageNote: this.note, canPersistSecurely: false }
      : NO_KEY(this.note, false)
  }
}

/** Browser mode: OPENAI_API_KEY from the environment for OpenAI, else session memory. */
export class BrowserSecretStore extends MemorySecretStore {
  constructor(private readonly envKey: string | undefined) {
    super('Browser mode keeps keys for this session only (for OpenAI, set OPENAI_API_KEY before starting instead).')
  }
  override get(name: SecretName) {
    return super.get(name) ?? (name === 'openai' && this.envKey ? { value: this.envKey, host: 'api.openai.com' } : null)
  }
  override status(name: SecretName, _options?: { allowPlainText: boolean }): KeyStatus {
    if (!super.get(name) && name === 'openai' && this.envKey) {
      return {
        present: true,
        source: 'env',
        host: 'api.openai.com',
        persisted: false,
        storageNote: 'Read from the OPENAI_API_KEY environment variable when Loopwise started.',
        canPersistSecurely: false
      }
    }
    return super.status(name)
  }
}

/** What Electron's safeStorage offers, behind an interface so the store is tested in plain Node. */
export interface Cipher {
  isAvailable(): boolean
  /** 'basic_text' on Linux without a keyring: encrypted with a hard-coded password, not secure. */
  backend(): string
  encrypt(plain: string): Buffer
  decrypt(data: Buffer): string
}

/**
 * Keys encrypted by the OS keychain into one file. When the OS offers no real keyring
 * (Linux basic_text) the key stays in memory unless the person explicitly opts in.
 */
export class EncryptedFileSecretStore extends MemorySecretStore {
  /** Keys in the file; the file is the truth for "persisted". */
  private persisted = new Set<SecretName>()
  /** Read from the file at start (not typed in this session). */
  private loaded = new Set<SecretName>()
  /** Deleted from disk when the opt-in was turned off; still in memory until quit. */
  private deletedFromDisk = new Set<SecretName>()
  private constructor(
    private readonly file: string,
    private readonly cipher: Cipher
  ) {
    super()
  }

  static async open(file: string, cipher: Cipher): Promise<EncryptedFileSecretStore> {
    const store = new EncryptedFileSecretStore(file, cipher)
    try {
      const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, { data: string; host: string }>
      for (const [name, entry] of Object.entries(raw)) {
        if (name !== 'openai' && name !== 'compatible') continue
        store.memory.set(name, { value: cipher.decrypt(Buffer.from(entry.data, 'base64')), host: entry.host })
        store.persisted.add(name)
        store.loaded.add(name)
      }
    } catch {
      // No file yet, or written under another OS user / keyring: start without stored keys.
    }
    return store
  }

  private secure() {
    return this.cipher.isAvailable() && this.cipher.backend() !== 'basic_text'
  }

  override async set(name: SecretName, secret: Secret, options: { allowPlainText: boolean } = { allowPlainText: false }) {
    await super.set(name, secret)
    this.loaded.delete(name)
    this.deletedFromDisk.delete(name)
    if (this.cipher.isAvailable() && (this.secure() || options.allowPlainText)) this.persisted.add(name)
    else this.persisted.delete(name)
    await this.write()
  }

  override async clear(name: SecretName) {
    await super.clear(name)
    this.persisted.delete(name)
    this.loaded.delete(name)
    this.deletedFromDisk.delete(name)
    await this.write()
  }

  override async applyPolicy(options: { allowPlainText: boolean }, forgetLoaded: boolean): Promise<{ deleted: SecretName[] }> {
    if (this.secure() || !this.cipher.isAvailable()) return { deleted: [] }
    const deleted: SecretName[] = []
    if (!options.allowPlainText) {
      for (const name of [...this.persisted]) {
        this.persisted.delete(name)
        deleted.push(name)
        if (forgetLoaded && this.loaded.has(name)) this.memory.delete(name)
        else this.deletedFromDisk.add(name)
        this.loaded.delete(name)
      }
      if (deleted.length) await this.writeOrUndo(() => deleted.forEach((n) => this.persisted.add(n)))
      return { deleted }
    }
    const unsaved = [...this.memory.keys()].filter((name) => !this.persisted.has(name))
    for (const name of unsaved) {
      this.persisted.add(name)
      this.deletedFromDisk.delete(name)
    }
    if (unsaved.length) await this.writeOrUndo(() => unsaved.forEach((n) => this.persisted.delete(n)))
    return { deleted }
  }

  /** A failed write must not leave the status saying something the disk does not. */
  private async writeOrUndo(undo: () => void) {
    try {
      await this.write()
    } catch (error) {
      undo()
      throw error
    }
  }

  private async write() {
    const out: Record<string, { data: string; host: string }> = {}
    for (const name of this.persisted) {
      const s = this.memory.get(name)
      if (s) out[name] = { data: this.cipher.encrypt(s.value).toString('base64'), host: s.host }
    }
    if (Object.keys(out).length === 0) return rm(this.file, { force: true })
    await mkdir(dirname(this.file), { recursive: true })
    const temp = `${this.file}.tmp`
    await writeFile(temp, JSON.stringify(out), { mode: 0o600 })
    await chmod(temp, 0o600)
    await rename(temp, this.file)
  }

  override status(name: SecretName, options: { allowPlainText: boolean } = { allowPlainText: false }): KeyStatus {
    const secure = this.secure()
    const note = secure
      ? `Encrypted with your system keychain (${this.cipher.backend()}) and kept across restarts.`
      : !this.cipher.isAvailable()
        ? 'This system offers no encryption for secrets, so the key is kept for this session only.'
        : options.allowPlainText
          ? 'No system keyring was found (basic_text): you chose to keep the key on disk with weak, obfuscation-only encryption.'
          : 'No system keyring was found (basic_text), so the key is kept for this session only. Turn on “keep the key on disk anyway” to persist it with weak obfuscation.'
    const s = this.memory.get(name)
    if (!s) return NO_KEY(note, secure)
    // "Persisted" only when it is on disk and the rules say it may be: never beside a
    // "this session only" note.
    const persisted = this.persisted.has(name) && (secure || options.allowPlainText)
    return {
      present: true,
      source: persisted ? 'stored' : 'session',
      host: s.host,
      persisted,
      storageNote: this.deletedFromDisk.has(name)
        ? 'The key saved on disk was deleted when you turned off “keep the key on disk anyway”. It is kept in memory for this session only; paste it again after a restart.'
        : note,
      canPersistSecurely: secure
    }
  }
}
