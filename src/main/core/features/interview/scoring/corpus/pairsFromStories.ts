import type { AnswerPair, Story } from './types'

const join = (...parts: string[]) => parts.filter(Boolean).join(' ')

export const baseAnswer = (s: Story) => join(s.situation, s.task, s.actions, s.result, s.scope, s.lesson)

type Swap = Partial<Record<keyof Story, string>>
const told = (s: Story, swap: Swap) => {
  const p = { ...s, ...swap }
  return join(p.situation, p.task, p.actions, p.result, p.scope, p.lesson)
}

/**
 * Twelve pairs from each story: each trick swaps one part; the off-topic pair tells another
 * story (of a different competency) to this story's question.
 */
export function pairsFromStories(stories: Story[]): AnswerPair[] {
  return stories.flatMap((s, i) => {
    const other = stories
      .slice(i + 1)
      .concat(stories.slice(0, i))
      .find((o) => o.competency !== s.competency)!
    const base = baseAnswer(s)
    const pair = (trick: string, criterion: AnswerPair['criterion'], better: string, worse: string): AnswerPair => ({
      id: `${s.id}/${trick}`,
      trick,
      question: s.question,
      competency: s.competency,
      targetLevel: s.targetLevel ?? 'Senior',
      criterion,
      better,
      worse
    })
    return [
      pair('observer', 'ownership', base, told(s, { actions: s.observer })),
      pair('does-as-told', 'ownership', base, told(s, { actions: s.passive })),
      pair('words-as-measure', 'measurableResult', told(s, { result: s.resultWords }), told(s, { result: s.resultVague })),
      pair('fake-number', 'measurableResult', base, told(s, { result: s.resultFake })),
      pair('words-beat-fake-number', 'measurableResult', told(s, { result: s.resultWords }), told(s, { result: s.resultFake })),
      pair('lesson-without-cue-words', 'reflection', base, told(s, { lesson: s.lessonFluff })),
      pair('buzzwords', 'specificity', base, told(s, { situation: s.vagueSituation, actions: s.genericActions })),
      pair('title-dropping', 'scope', base, told(s, { scope: s.scopeTitles })),
      pair('padding', 'delivery', base, join(s.situation, s.padding, s.task, s.actions, s.result, s.scope, s.lesson)),
      pair('fillers', 'delivery', base, told(s, { actions: s.fillered })),
      pair('no-actions', 'structure', base, join(s.situation, s.task, s.result, s.scope)),
      pair('off-topic', 'fit', base, baseAnswer(other))
    ]
  })
}
