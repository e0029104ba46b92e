import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import Markdown from 'react-markdown'
import { describe, expect, it } from 'vitest'
import { plainParagraph } from './plainParagraph'

const markdown = (text: string) => renderToStaticMarkup(createElement(Markdown, null, text))

describe('plainParagraph: the first streamed words shown without the Markdown pipeline', () => {
  it.each([
    'Here',
    ' Here is your quarter',
    'Cut p95 checkout latency from 820 ms to 310 ms.',
    'You shipped “Faster checkout” (Q2) — 62% fewer timeouts, $40k saved/yr…',
    "It's done! What's next?",
    ''
  ])('%j renders as Markdown would', (text) => {
    const plain = plainParagraph(text)
    expect(plain).not.toBeNull()
    expect(plain ? renderToStaticMarkup(createElement('p', null, plain)) : '').toBe(markdown(text))
  })

  it.each([
    '# Summary',
    '1. First',
    '- item',
    '+ item',
    '> quote',
    'a *b* c',
    'a _b_ c',
    'use `code`',
    'a [link](x)',
    'a <b>tag</b>',
    'AT&amp;T',
    'a \\* b',
    'two\nlines',
    'Setext\n===',
    'a | b',
    '~~gone~~',
    'self-review'
  ])('%j goes through Markdown', (text) => {
    expect(plainParagraph(text)).toBeNull()
  })
})
