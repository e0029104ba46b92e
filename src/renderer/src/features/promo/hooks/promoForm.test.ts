import { describe, expect, it } from 'vitest'
import { dataSetChanged } from '../../../api/dataSet'
import { promoFormNow, setPromoForm } from './promoForm'

describe('the promo form and the data set under it', () => {
  it('a new data set (sample entered or left, an import) starts the form afresh', () => {
    setPromoForm({ from: '2026-01-01', to: '2026-06-30', targetLevel: 'L7', filled: true })
    expect(promoFormNow().from).toBe('2026-01-01')
    dataSetChanged()
    expect(promoFormNow()).toMatchObject({ from: '', to: '', targetLevel: '', criteria: '', filled: false, packetId: null })
  })
})
