import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { OPENAI_BASE_URL, type DraftingSettings, type KeyStatus, type settingsPatchSchema } from '../../../../shared/domain/drafting'
import { AppError } from '../../base/errors'
import type { Logger } from '../../base/logger'
import type { SecretName, SecretStore } from '../../base/secrets/SecretStore'
import type { Store } from '../../store/Store'
import { builtinEngine } from './engines/builtinEngine'
import { createOpenAIEngine, listModels } from './engines/openaiEngine'
import { describeProviderError } from './engines/providerErrors'
import type { DraftEngine } from './types'

export const hostOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}

/**
 * Drafting settings (in the store) and API keys (in a SecretStore): which engine, which model,
 * where, and the one key allowed to go there. Builds the engine a run uses.
 */
export class DraftingSettingsService {
  /** The opt-in the secret store was last brought in line with (null: not yet). */
  private policy: boolean | null = null

  constructor(private readonly deps: { store: Store; secrets: SecretStore; logger: Logger; fetch?: typeof fetch }) {
    // At start a key kept on disk while the opt-in is off must not even be loaded.
    void this.enforceKeyPolicy(true).catch(() => undefined)
  }

  get settings(): DraftingSettings {
    return this.deps.store.data.settings
  }

  /**
   * Keys on disk follow the plain-text opt-in wherever it changed (Settings, an import with the
   * setting ticked, the sample folder): the in-memory part happens at once, the file after.
   */
  private enforceKeyPolicy(atStart = false): Promise<void> {
    const allowPlainText = this.settings.allowPlainTextKeyStorage
    if (this.policy === allowPlainText) return Promise.resolve()
    this.policy = allowPlainText
    return this.deps.secrets.applyPolicy({ allowPlainText }, atStart).then(
      ({ deleted }) => {
        if (deleted.length) this.deps.logger.info('api key removed from disk', { engines: deleted.join(','), atStart })
      },
      (error: Error) => {
        this.policy = null
        this.deps.logger.warn('api key policy', { error: error.message })
        throw new AppError('STORAGE', `The setting is saved, but the key file could not be updated: ${error.message}`)
      }
    )
  }

  private keyFor(engine: SecretName): KeyStatus {
    void this.enforceKeyPolicy().catch(() => undefined)
    return this.deps.secrets.status(engine, { allowPlainText: this.settings.allowPlainTextKeyStorage })
  }

  settingsView() {
    // The view shows the key for the engine in use; the compatible key only applies to its host.
    const engine: SecretName = this.settings.engine === 'compatible' ? 'compatible' : 'openai'
    return { settings: { ...this.settings }, key: this.keyFor(engine) }
  }

  async updateSettings(patch: z.output<typeof settingsPatchSchema>) {
    await this.deps.store.change((change) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
      change.set('settings', { ...change.value('settings'), ...defined })
    })
    // Turning the opt-in off deletes the key kept on disk; the status note then says so.
    await this.enforceKeyPolicy()
    return this.settingsView()
  }

  async setKey(engine: SecretName, key: string) {
    const host = engine === 'openai' ? hostOf(OPENAI_BASE_URL) : hostOf(this.settings.compatibleBaseUrl)
    if (!host) throw new AppError('VALIDATION', 'Set the server’s base URL first: the key is only ever sent to that host.')
    await this.deps.secrets.set(engine, { value: key, host }, { allowPlainText: this.settings.allowPlainTextKeyStorage })
    this.deps.logger.info('api key set', { engine, host })
    const view = this.settingsView()
    return { ...view, key: this.keyFor(engine) }
  }

  async clearKey(engine: SecretName) {
    await this.deps.secrets.clear(engine)
    return { ...this.settingsView(), key: this.keyFor(engine) }
  }

  /** The key for a base URL, only if it was given for that very host. */
  private keyForUrl(engine: SecretName, baseUrl: string): string | null {
    void this.enforceKeyPolicy().catch(() => undefined)
    const secret = this.deps.secrets.get(engine)
    return secret && secret.host === hostOf(baseUrl) ? secret.value : null
  }

  private target(engine: 'openai' | 'compatible', baseUrlOverride?: string) {
    const s = this.settings
    const baseUrl = engine === 'openai' ? OPENAI_BASE_URL : (baseUrlOverride ?? s.compatibleBaseUrl)
    const model = engine === 'openai' ? s.openaiModel : s.compatibleModel
    return { engine, baseUrl, model, apiKey: this.keyForUrl(engine, baseUrl) }
  }

  /** The engine to run; `forSending: false` (Show prompt) builds it without requiring a key. */
  engine(forSending = true): DraftEngine {
    const s = this.settings
    if (s.engine === 'builtin') return builtinEngine
    const t = this.target(s.engine)
    if (!t.baseUrl) throw new AppError('VALIDATION', 'Set the server’s base URL in Settings (e.g. http://127.0.0.1:11434/v1 for Ollama).')
    if (forSending && s.engine === 'openai' && !t.apiKey) {
      throw new AppError('VALIDATION', 'Add your OpenAI API key in Settings, or switch to the built-in engine (no key needed).')
    }
    if (!t.model) throw new AppError('VALIDATION', 'Choose a model in Settings (Test connection lists the server’s models).')
    return createOpenAIEngine({ ...t, fetch: this.deps.fetch })
  }

  async testConnection(input: { engine?: 'openai' | 'compatible'; baseUrl?: string }) {
    const engine = input.engine ?? (this.settings.engine === 'openai' ? 'openai' : 'compatible')
    const t = this.target(engine, input.baseUrl)
    const started = performance.now()
    const requestId = randomUUID()
    if (engine === 'openai' && !t.apiKey) {
      return { ok: false, message: 'Add your OpenAI API key first.', models: [], latencyMs: 0 }
    }
    try {
      const models = await listModels({ baseUrl: t.baseUrl, apiKey: t.apiKey, timeoutMs: 10_000 })
      const latencyMs = Math.round(performance.now() - started)
      this.deps.logger.info('test connection', { requestId, engine, host: hostOf(t.baseUrl), ok: true, latencyMs, models: models.length })
      const hasModel = !t.model || models.includes(t.model)
      return {
        ok: true,
        message: `Connected to ${hostOf(t.baseUrl)} in ${latencyMs} ms. ${models.length} model${models.length === 1 ? '' : 's'} available.${hasModel ? '' : ` “${t.model}” is not one of them: pick one below.`}`,
        models,
        latencyMs
      }
    } catch (error) {
      const described = describeProviderError(error, t, t.apiKey ? [t.apiKey] : [])
      this.deps.logger.warn('test connection', {
        requestId,
        engine,
        host: hostOf(t.baseUrl),
        ok: false,
        errorKind: described.kind,
        httpStatus: described.httpStatus
      })
      return { ok: false, message: described.message, models: [], latencyMs: Math.round(performance.now() - started) }
    }
  }
}
