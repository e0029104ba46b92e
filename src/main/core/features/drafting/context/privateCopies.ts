import type { CheckIn } from '../../../../../shared/domain/checkIn'
import { normalizeItemText } from '../../../../../shared/domain/itemText'
import type { Person } from '../../../../../shared/domain/person'

/**
 * Decides which of a person's words the prompt view may show. Privacy follows the item: a
 * check-in's copy linked to a private item is hidden whatever the item's text is now (edited,
 * or marked private after the check-in), and a copy whose private item was deleted stays hidden.
 * Copies with no link (older data, or edited in the check-in) fall back to matching words
 * after normalising case, whitespace and trailing punctuation.
 */
export class PrivateWords {
  private readonly privateIds = new Set<string>()
  private readonly privateTexts = new Set<string>()

  constructor(person: Person | undefined) {
    for (const i of person?.items ?? [])
      if (i.private) {
        this.privateIds.add(i.id)
        this.privateTexts.add(normalizeItemText(i.text))
      }
  }

  /** A non-private item typed again with the words of a private one is treated as private too. */
  hidesItem(item: { private: boolean; text: string }): boolean {
    return item.private || this.privateTexts.has(normalizeItemText(item.text))
  }

  /** The copies of `kind` in this check-in the prompt view may show. */
  visibleCopies(checkIn: CheckIn, kind: 'goal' | 'blocker', texts: string[]): string[] {
    const links = (checkIn.heard ?? []).filter((h) => h.kind === kind)
    return texts.filter((text) => {
      const n = normalizeItemText(text)
      if (this.privateTexts.has(n)) return false
      return !links.some((h) => normalizeItemText(h.text) === n && (h.private || this.privateIds.has(h.itemId)))
    })
  }
}
