import { describe, expect, it } from 'vitest'
import { splitWin } from './bragSplit'

describe('a bullet whose amount is its whole text', () => {
  it('keeps the method in a closing parenthesis as what I did, not in the title', () => {
    const w = splitWin('p95 checkout latency 820ms → 310ms (read replica + query cache)', [])
    expect(w.title).toBe('p95 checkout latency 820ms → 310ms')
    expect(w.impact).toBe('p95 checkout latency 820ms → 310ms.')
    expect(w.whatIDid).toBe('Read replica + query cache.')
  })

  it('leaves a parenthesis that carries an amount, or follows an action, where it was', () => {
    expect(splitWin('Cut cloud spend by $40k a month (about 30%)', []).whatIDid).toBe('')
    const acted = splitWin('Rewrote the export job (Go, not Python)', [])
    expect(acted.title).toBe('Rewrote the export job (Go, not Python)')
  })
})
