import type { Offer } from '../../../../shared/domain/loop'
import type { LoopFacts } from './loopFacts'
import { GENERIC_SMALL_TEMPLATE, GENERIC_TEMPLATE, OFFER_TEMPLATES, type OfferTemplate } from './offerCatalog'
import { offerFlags, overlap, topicOverlap } from './offerChecks'
import { sharedKinds, workKinds, type WorkKind } from './workKinds'

const MAX_SUGGESTED = 5
const MIN_SUGGESTED = 3

interface Target {
  kind: 'personGoal' | 'blocker'
  id: string
  text: string
  kinds: WorkKind[]
  /** Nobody is working on it yet: an open blocker is the most useful thing to offer on. */
  open: boolean
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

/**
 * Which of their goals or blockers an idea serves: the one whose kind of work it shares (an
 * open blocker first), else one sharing a topic word that is not generic ("team", "org").
 */
function closestTarget(targets: Target[], title: string): Target | null {
  const kinds = workKinds(title)
  const byKind = targets
    .map((t) => ({ t, shared: sharedKinds(kinds, t.kinds).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || Number(b.t.kind === 'blocker' && b.t.open) - Number(a.t.kind === 'blocker' && a.t.open))
  if (byKind[0]) return byKind[0].t
  // An idea of a recognised kind that shares no kind with any of theirs is about something else.
  if (kinds.length) return null
  let best: Target | null = null
  let score = 0
  for (const t of targets) {
    const s = topicOverlap(t.text, title)
    if (s > score) [score, best] = [s, t]
  }
  return score > 0 ? best : null
}

function fromTemplate(facts: LoopFacts, tpl: OfferTemplate, target: Target): Offer & { score: number } {
  const title = tpl.title(target.text)
  const strength = facts.profile.strengths.find((s) => tpl.strength.test(s)) ?? null
  const growth = tpl.practises ? facts.profile.growthAreas.find((g) => tpl.practises!.test(g)) : undefined
  const advancesGoal = advancedGoal(facts, title)
  const whyStretch = growth ? `${tpl.whyStretch} It also practises ${growth.toLowerCase()}, one of your growth areas.` : tpl.whyStretch
  // What it is about comes first: the goal's main kind of work, then an open blocker, then the user's strengths.
  const about = sharedKinds(target.kinds, tpl.kinds)
  const fit = about.length === 0 ? 0 : (target.kinds[0] && about.includes(target.kinds[0]) ? 2 : 1) + (tpl.narrow ? 1 : 0)
  return {
    id: `${tpl.id}:${target.id}`,
    title,
    serves: { kind: target.kind, id: target.id, text: target.text },
    whyStretch,
    effort: tpl.effort,
    showDelivery: tpl.showDelivery,
    strength,
    advancesGoal,
    flags: offerFlags(title, true),
    origin: 'suggested',
    score:
      fit * 2 + (target.kind === 'blocker' && target.open ? 3 : 0) + (strength ? 1.5 : 0) + (advancesGoal ? 0.5 : 0) + (growth ? 0.5 : 0)
  }
}

function judged(facts: LoopFacts, target: Target | null, id: string, title: string, origin: Offer['origin']): Offer {
  return {
    id,
    title,
    serves: target ? { kind: target.kind, id: target.id, text: target.text } : null,
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

/** Their goals and blockers an offer can serve: every goal, and each blocker nobody has cleared or taken on. */
function targetsOf(facts: LoopFacts): Target[] {
  const blockers = facts.items.filter((i) => i.kind === 'blocker' && !i.deliveredBy && !i.workingOn)
  const goals = facts.items.filter((i) => i.kind === 'goal')
  return [
    ...blockers.map((b) => ({ kind: 'blocker' as const, id: b.id, text: b.text, kinds: workKinds(b.text), open: true })),
    ...goals.map((g) => ({ kind: 'personGoal' as const, id: g.id, text: g.text, kinds: workKinds(g.text), open: !g.workingOn }))
  ]
}

/**
 * Three to five concrete offers matched to what the person is trying to do and is blocked by —
 * by kind of work — ranked by fit, an open blocker first, then the user's strengths and goals;
 * plus any offer from the user (their own idea, or one proposed in a past check-in) judged by
 * the same rules. Work already taken on for them is not offered again. The skip-level gets
 * small offers only: days, not weeks.
 */
export function suggestOffers(facts: LoopFacts, ownIdea?: string): Offer[] {
  const targets = targetsOf(facts)
  const size = facts.variant === 'skip-level' ? 'small' : 'medium'
  // A goal someone is already working on gets offers of another kind than that work.
  const busy = new Map(facts.items.filter((i) => i.workingOn).map((i) => [i.id, workKinds(i.workingOn!.title)]))
  const fits = (tpl: OfferTemplate, t: Target) =>
    tpl.size === size &&
    !(busy.get(t.id) ?? []).some((k) => tpl.kinds.includes(k)) &&
    (tpl.on === 'any' || (tpl.on === 'goal') === (t.kind === 'personGoal')) &&
    sharedKinds(tpl.kinds, t.kinds).length > 0 &&
    (!tpl.narrow || tpl.narrow.test(t.text))
  // Every earlier offer of theirs, not only the commitments in the plan's slice.
  const fresh = (title: string) => !facts.pastOfferTitles.some((d) => overlap(d, title) >= 0.6)

  const seen = new Set<string>()
  const candidates: (Offer & { score: number })[] = []
  for (const target of targets) {
    for (const tpl of OFFER_TEMPLATES) {
      if (!fits(tpl, target) || seen.has(tpl.id)) continue
      const offer = fromTemplate(facts, tpl, target)
      if (!fresh(offer.title)) continue
      seen.add(tpl.id)
      candidates.push(offer)
    }
  }
  // Too few matches: make each goal or blocker itself a small owned project.
  for (const target of targets) {
    if (candidates.length >= MIN_SUGGESTED) break
    const offer = fromTemplate(facts, size === 'small' ? GENERIC_SMALL_TEMPLATE : GENERIC_TEMPLATE, target)
    if (fresh(offer.title) && !candidates.some((c) => c.title === offer.title)) candidates.push(offer)
  }
  const suggested = candidates
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTED)
    .map(({ score: _score, ...o }) => o)

  // Offers proposed in a past check-in but never taken up are judged too: they may be the wrong size.
  // One that names what it serves keeps that link; it is not guessed again from its words.
  const byId = new Map(targets.map((t) => [t.id, t]))
  const proposed = facts.commitments
    .filter((c) => c.status === 'proposed')
    .map((c) => {
      const named = c.serves ? (byId.get(c.serves.id) ?? null) : null
      return judged(facts, named ?? closestTarget(targets, c.title), `commitment:${c.id}`, c.title, 'history')
    })
  const idea = ownIdea?.trim()
  const own = idea ? [judged(facts, closestTarget(targets, idea), `own:${slug(idea)}`, idea, 'yours')] : []
  return [...own, ...suggested, ...proposed]
}

/**
 * The offer the agenda proposes: the pinned one, else the user's own idea (typing it is the
 * choice — no hidden pin step; its flags show beside the agenda), else the best unflagged suggestion.
 */
export function chooseOffer(offers: Offer[], pinnedId?: string): { offer: Offer | null; pinned: boolean } {
  const pinned = pinnedId ? offers.find((o) => o.id === pinnedId) : undefined
  if (pinned) return { offer: pinned, pinned: true }
  const own = offers.find((o) => o.origin === 'yours')
  if (own) return { offer: own, pinned: true }
  return { offer: offers.find((o) => o.origin === 'suggested' && o.flags.length === 0) ?? null, pinned: false }
}
