import { z } from 'zod'
import { winSchema } from './win'
import { impactVersionSchema } from './impact'
import { emptyPromoPrefs, promoPacketRecordSchema, promoPrefsSchema } from './promo'
import { attemptSchema } from './interview'
import { emptyProfile, profileSchema } from './profile'
import { goalSchema } from './goal'
import { personSchema } from './person'
import { checkInSchema } from './checkIn'
import { commitmentSchema } from './commitment'
import { defaultDraftingSettings, draftingSettingsSchema, savedDraftSchema } from './drafting'

/** Bump with a pure migration in src/main/core/store/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 4

// Loose: a collection this build does not know (added by a later minor version) is
// carried through untouched instead of being silently dropped on the next save.
export const storeDataSchema = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  wins: z.array(winSchema).default([]),
  impactVersions: z.array(impactVersionSchema).default([]),
  promoPackets: z.array(promoPacketRecordSchema).default([]),
  // Optional with a default: a v4 file without it reads as before, so no version bump is needed.
  promoPrefs: promoPrefsSchema.default(emptyPromoPrefs),
  interviewAttempts: z.array(attemptSchema).default([]),
  profile: profileSchema.default(emptyProfile),
  goals: z.array(goalSchema).default([]),
  people: z.array(personSchema).default([]),
  checkIns: z.array(checkInSchema).default([]),
  commitments: z.array(commitmentSchema).default([]),
  settings: draftingSettingsSchema.default(defaultDraftingSettings),
  drafts: z.array(savedDraftSchema).default([])
})
export type StoreData = z.infer<typeof storeDataSchema>

// Parsed so every collection's default (added by any domain) is filled in.
export const emptyStoreData = (): StoreData => storeDataSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, wins: [] })
