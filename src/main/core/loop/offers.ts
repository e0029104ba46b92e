import type { Offer } from '../../../shared/domain/loop'
import type { LoopFacts } from './loopFacts'
import { GENERIC_TEMPLATE, OFFER_TEMPLATES, type OfferTemplate } from './offerCatalog'
import { offerFlags, overlap } from './offerChecks'
import { answeredBy } from './agendaParts'

const MAX_SUGGESTED = 5
const MIN_SUGGESTED = 3

interface Target {
  kind: 'personGoal' | 'blocker'
  id: string
  text: string
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)

/** The user's own goal an offer advances: one sharing its topic, else a promotion or role change. */
function advancedGoal(facts: LoopFacts, title: string) {
  const byTopic = facts.myGoals.find((g) => overlap(g.title, title) >= 0.5)
  const career = facts.myGoals.find((g) => g.kind === 'promotion' || g.kind === 'role-change')
  const g = byTopic ?? career ?? null
  return g ? { id: g.id, title: g.title } : null
}

/** The target an offer of the user's own (or from history) serves: the closest goal or blocker. */
function closestTarget(targets: Target[], title: string): Target | null {
  let best: Target | null = null
  let score = 0
  for (const t of targets) {
    const s = overlap(t.text, title)
    if (s > score) {
      score = s
      best = t
    }
  }
  // One shared topic word is enough to say which of their goals an idea is about.
  return score > 0 ? best : null
}

function fromTemplate(facts: LoopFacts, tpl: OfferTemplate, target: Target): Offer & { score: number } {
  const title = tpl.title(target.text)
  const strength = facts.profile.strengths.find((s) => tpl.strength.test(s)) ?? null
  const growth = facts.profile.growthAreas.find((g) => overlap(g, `${tpl.whyStretch} ${title}`) >= 0.5)
  const advancesGoal = advancedGoal(facts, title)
  const whyStretch = growth ? `${tpl.whyStretch} It also practises ${growth.toLowerCase()}, one of your growth areas.` : tpl.whyStretch
  return {
    id: `${tpl.id}:${target.id}`,
    title,
    serves: { ...target },
    whyStretch,
    effort: tpl.effort,
    showDelivery: tpl.showDelivery,
    strength,
    advancesGoal,
    flags: offerFlags(title, true),
    origin: 'suggested',
    score: (strength ? 2 : 0) + (target.kind === 'blocker' ? 1 : 0) + (advancesGoal ? 1 : 0) + (growth ? 0.5 : 0)
  }
}

function judged(facts: LoopFacts, targets: Target[], id: string, title: string, origin: Offer['origin']): Offer {
  const target = closestTarget(targets, title)
  return {
    id,
    title,
    serves: target,
    whyStretch: target
      ? 'Your own idea, tied to what they said. Check it is a real challenge for you, not something you could do asleep.'
      : 'Your own idea. Say which of their goals it serves before you offer it.',
    effort: 'You know best: make sure you can deliver it exceptionally well this quarter.',
    showDelivery: 'Agree up front what done looks like and the day you will report back.',
    strength: null,
    advancesGoal: advancedGoal(facts, title),
    flags: offerFlags(title, target !== null),
    origin
  }
}

/**
 * Three to five concrete offers matched to what the person is trying to do and is blocked by,
 * ranked by the user's strengths and goals, plus any offer from the user (their own idea, or
 * one proposed in a past check-in) judged by the same rules. Work already delivered to them
 * is not offered again.
 */
export function suggestOffers(facts: LoopFacts, ownIdea?: string): Offer[] {
  // A blocker already cleared by delivered work, or being cleared by work in progress, is
  // not offered again; their goals stay open to more than one offer.
  const handled = (id: string) => facts.commitments.some((c) => c.serves?.id === id && c.status !== 'dropped' && c.status !== 'proposed')
  const targets: Target[] = [
    ...facts.blockers
      .filter((b) => !answeredBy(facts, b) && !handled(b.id))
      .map((b) => ({ kind: 'blocker' as const, id: b.id, text: b.text })),
    ...facts.goals.map((g) => ({ kind: 'personGoal' as const, id: g.id, text: g.text }))
  ]
  const fits = (tpl: OfferTemplate, t: Target) => tpl.on === 'any' || (tpl.on === 'goal') === (t.kind === 'personGoal')
  const fresh = (title: string) => !facts.pastOfferTitles.some((d) => overlap(d, title) >= 0.6)

  const seen = new Set<string>()
  const candidates: (Offer & { score: number })[] = []
  for (const target of targets) {
    for (const tpl of OFFER_TEMPLATES) {
      if (!fits(tpl, target) || !tpl.match.test(target.text) || seen.has(tpl.id)) continue
      const offer = fromTemplate(facts, tpl, target)
      if (!fresh(offer.title)) continue
      seen.add(tpl.id)
      candidates.push(offer)
    }
  }
  // Too few matches: make each goal or blocker itself a small owned project.
  for (const target of targets) {
    if (candidates.length >= MIN_SUGGESTED) break
    const offer = fromTemplate(facts, GENERIC_TEMPLATE, target)
    if (fresh(offer.title)) candidates.push(offer)
  }
  const suggested = candidates
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTED)
    .map(({ score: _score, ...o }) => o)

  // Offers proposed in a past check-in but never taken up are judged too: they may be the wrong size.
  const proposed = facts.commitments
    .filter((c) => c.status === 'proposed')
    .map((c) => judged(facts, targets, `commitment:${c.id}`, c.title, 'history'))
  const own = ownIdea?.trim() ? [judged(facts, targets, `own:${slug(ownIdea)}`, ownIdea.trim(), 'yours')] : []
  return [...own, ...suggested, ...proposed]
}

/** The offer the agenda proposes: the pinned one, else the best unflagged suggestion. */
export function chooseOffer(offers: Offer[], pinnedId?: string): { offer: Offer | null; pinned: boolean } {
  const pinned = pinnedId ? offers.find((o) => o.id === pinnedId) : undefined
  if (pinned) return { offer: pinned, pinned: true }
  return { offer: offers.find((o) => o.origin === 'suggested' && o.flags.length === 0) ?? null, pinned: false }
}
