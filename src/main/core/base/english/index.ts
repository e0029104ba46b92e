/** English for people: phrase forms, sentence case, counts, lists and amounts. */
export { phraseForms, afterPreposition, theTimeYou, type PhraseForms, type PhraseShape } from './phrases'
export { sentenceCase, cleanPhrase, fixAcronyms, lowerFirstWord } from './titles'
export { countOf, listOf, plural, type CountOptions } from './counts'
export { formatAmount, formatMetric, compactNumber, labelInSentence, type MetricLike } from './amounts'
