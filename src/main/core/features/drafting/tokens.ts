import { countTokens as countO200k } from 'gpt-tokenizer'
import type { ChatMessage } from '../../../../shared/domain/drafting'

// o200k_base (gpt-4o family) is the default encoding of gpt-tokenizer. Local models use other
// vocabularies, so for them this is an estimate of the same order — good enough for a budget.
export const countTokens = (text: string): number => countO200k(text)

/** Chat framing adds a few tokens per message (role markers); 4 is what OpenAI documents. */
export const countMessageTokens = (messages: ChatMessage[]): number => messages.reduce((sum, m) => sum + 4 + countTokens(m.content), 3)
