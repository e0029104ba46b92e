import { describe, expect, it } from 'vitest'
import { lineDiff } from './lineDiff'
import { FLAG_TITLE, markFlags } from './markFlags'

describe('lineDiff', () => {
  it('pairs equal lines and marks the rest as changed', () => {
    const rows = lineDiff('a\nb\nc', 'a\nB\nc\nd')
    expect(rows.filter((r) => !r.changed).map((r) => r.left)).toEqual(['a', 'c'])
    expect(rows.filter((r) => r.changed).map((r) => [r.left, r.right])).toEqual(
      expect.arrayContaining([
        ['b', null],
        [null, 'B'],
        [null, 'd']
      ])
    )
  })
})

describe('markFlags', () => {
  it('wraps flagged numbers in <mark>, leaving code alone', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Grew 45% in 6 weeks, not 4.' }] },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: '45%' }] }
      ]
    }
    markFlags(['45%', '6 weeks'])()(tree)
    const p = tree.children[0]!.children as { type: string; value?: string; tagName?: string; properties?: { title?: string } }[]
    expect(p.map((n) => n.tagName ?? n.value)).toEqual(['Grew ', 'mark', ' in ', 'mark', ', not 4.'])
    expect(p[1]!.properties?.title).toBe(FLAG_TITLE)
    expect(tree.children[1]!.children).toEqual([{ type: 'text', value: '45%' }])
  })
})
