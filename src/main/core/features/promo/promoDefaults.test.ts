import { describe, expect, it } from 'vitest'
import { trackFor } from '../../../../shared/domain/ladder'
import { openTempStore } from '../../store/testing/testStore'
import { PromoService } from './promoService'

describe('a bare level code is read on the profile’s track', () => {
  it('reads the track from the role and the target role', () => {
    expect(trackFor({ role: 'Group Product Manager', targetRole: 'Director of Product' })).toBe('ic-product')
    expect(trackFor({ role: 'Engineering Manager', targetRole: 'Director of Engineering' })).toBe('management')
    expect(trackFor({ role: 'Senior Software Engineer' })).toBe('ic-engineering')
    expect(trackFor({})).toBeUndefined()
    // "manag…" alone is not the management track: these roles have no reports.
    expect(trackFor({ role: 'Technical Program Manager' })).toBe('ic-product')
    expect(trackFor({ role: 'Senior Project Manager' })).toBe('ic-product')
  })

  it('gives a product person targeting L8 the product ladder’s L8, not Principal Engineer', async () => {
    const store = await openTempStore()
    await store.update((d) => {
      d.profile.role = 'Group Product Manager'
      d.profile.targetRole = 'Director of Product'
      d.profile.targetLevel = 'L8'
    })
    const defaults = new PromoService(store).defaults()
    expect(defaults.level?.track).toBe('ic-product')
    expect(defaults.level?.name).toBe('Senior Director of Product')
    expect(defaults.criteria).toContain('Shapes company-level product strategy')
    await store.flush()
  })
})
