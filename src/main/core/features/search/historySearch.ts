import type { SearchHit } from '../../../../shared/api/routes/search'
import type { StoreData } from '../../../../shared/domain/storeData'

/**
 * Ctrl/Cmd+K over the loop history, in the core: the renderer used to load every check-in and
 * commitment (thousands) and filter them on each keystroke. Each entity's lower-cased text is
 * kept per object (a changed entity is a new object), so a search is one substring pass.
 */
const texts = new WeakMap<object, string>()
const textOf = (entity: object, parts: () => (string | undefined)[]) => {
  let text = texts.get(entity)
  if (text === undefined) {
    text = parts().filter(Boolean).join('\n').toLowerCase()
    texts.set(entity, text)
  }
  return text
}

export function searchHistory(data: StoreData, query: string, limit: number): { hits: SearchHit[]; more: boolean } {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean)
  const hits: SearchHit[] = []
  let more = false
  const add = (hit: SearchHit) => {
    if (hits.length < limit) hits.push(hit)
    else more = true
  }
  const matches = (text: string) => terms.every((t) => text.includes(t))
  const names = new Map(data.people.map((p) => [p.id, p.name]))

  for (const p of data.people) {
    if (matches(textOf(p, () => [p.name, p.title, p.role, ...p.items.map((i) => i.text)])))
      add({ kind: 'person', id: p.id, title: p.name, detail: p.title, status: p.role })
  }
  // Most recently added first (array order, reversed): a stop at the limit needs no sort of thousands.
  for (let i = data.checkIns.length - 1; i >= 0 && !more; i--) {
    const c = data.checkIns[i]!
    const text = textOf(c, () => [c.howAmIDoing, c.offer, c.myAsk, c.theirAnswer, c.notes, ...c.theirGoals, ...c.theirBlockers])
    const who = names.get(c.personId) ?? 'someone'
    if (matches(`${who.toLowerCase()}\n${text}`)) add({ kind: 'checkIn', id: c.id, title: who, date: c.date, detail: c.offer.slice(0, 80) })
  }
  for (let i = data.commitments.length - 1; i >= 0 && !more; i--) {
    const c = data.commitments[i]!
    if (matches(textOf(c, () => [c.title, c.detail, c.outcome])))
      add({ kind: 'commitment', id: c.id, title: c.title, date: c.dueDate, detail: '', status: c.status })
  }
  for (const g of data.goals) {
    if (more) break
    if (matches(textOf(g, () => [g.title, g.why, g.kind]))) add({ kind: 'goal', id: g.id, title: g.title, detail: '', status: g.status })
  }
  return { hits, more }
}
