/**
 * Text that Markdown would turn into one plain paragraph: one line of words and common
 * punctuation, nothing that can start a list, a heading, a quote or a code span, no inline
 * syntax, escape or entity. Markdown trims a paragraph, so the trimmed text is what it shows.
 */
const PLAIN_PARAGRAPH = /^(?![\d+\-=>]|\s)[\p{L}\p{N} ,.;:'’"“”?()%$/–—…!]*$/u

/** The paragraph's text when `text` is one plain paragraph (empty text: ''), else null. */
export function plainParagraph(text: string): string | null {
  const plain = text.trim()
  return PLAIN_PARAGRAPH.test(plain) ? plain : null
}
