import { emptyStoreData, type StoreData } from '../../../../../shared/domain/storeData'
import { promptSafeView, type PromptSafeView } from '../context/promptSafeView'

/** A prompt-safe view over a few collections (the rest empty), for a kind's input in a unit test. */
export const safeViewOf = (parts: Partial<StoreData> = {}): PromptSafeView => promptSafeView({ ...emptyStoreData(), ...parts })
