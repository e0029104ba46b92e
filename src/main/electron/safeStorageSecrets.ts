import { safeStorage } from 'electron'
import { join } from 'node:path'
import { EncryptedFileSecretStore, type Cipher } from '../core/base/secrets/SecretStore'

/** Electron's safeStorage as the core's Cipher; the key file sits beside the data file. */
export function openSafeStorageSecrets(dataDir: string): Promise<EncryptedFileSecretStore> {
  const cipher: Cipher = {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os_keychain'),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (data) => safeStorage.decryptString(data)
  }
  return EncryptedFileSecretStore.open(join(dataDir, 'secrets', 'keys.json'), cipher)
}
