import { z } from 'zod'

export const recoveryNoticeSchema = z.object({
  /** Where the unreadable file was moved (never deleted, never overwritten). */
  corruptFile: z.string(),
  /** The backup that was restored, or null when none was usable and the store started empty. */
  restoredFrom: z.string().nullable(),
  reason: z.string(),
  at: z.string()
})
export type RecoveryNotice = z.infer<typeof recoveryNoticeSchema>

export const storeStatusSchema = z.object({
  /** False while a change is held in memory but not yet on disk (e.g. after a failed save). */
  saved: z.boolean(),
  lastSavedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  readOnly: z.boolean(),
  readOnlyReason: z.string().nullable(),
  recovery: recoveryNoticeSchema.nullable()
})
export type StoreStatus = z.infer<typeof storeStatusSchema>
