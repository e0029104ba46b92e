import { describe, expect, it } from 'vitest'
import { useHarnessWithFakeModel } from '../../../app/testing/harnessWithFakeModel'

interface Item {
  id: string
  kind: string
  text: string
  private: boolean
}
interface Person {
  id: string
  items: Item[]
}
interface CheckInLogged {
  person: Person
  checkIn: { id: string }
  commitment?: { id: string }
}

const DAY = '2026-03-02'
const itemWith = (p: Person, word: string) => {
  const found = p.items.find((i) => i.text.includes(word))
  if (!found) throw new Error(`no item with ${word}`)
  return found
}

/**
 * An attacker's tour of the one privacy view (issue 19 item 4): every way a private word or a
 * private item's id could ride along with something shareable, acted through the real routes,
 * then every draft kind the registry lists — so a kind added later is attacked too — through
 * the preview, the built-in engine (text, typed output, sources) and the request bodies an
 * OpenAI-compatible server receives, plus context.entries, the loop plan, its calendar file and
 * a promo packet. No private word and no private item's id may reach any of them; the shareable
 * words of the same records must (the view is filtered, not empty).
 */
describe('privacy under attack: one view for every prompt, preview and built-in draft', () => {
  const env = useHarnessWithFakeModel()

  it('no private word or private id reaches any sink, for every registered draft kind', async () => {
    const { h, server } = env
    const secrets: string[] = []
    const privateIds: string[] = []
    const visible: string[] = []
    await h.call('profile.update', { profile: { role: 'Engineer', level: 'Senior', targetLevel: 'Staff' } })
    const ava = await h.call<Person>('people.create', { name: 'Ava Stone', role: 'manager', title: 'Director' })
    const ben = await h.call<Person>('people.create', { name: 'Ben Okafor', role: 'skip-level', title: 'VP' })
    await h.call('wins.create', {
      date: DAY,
      title: 'Shipped the billing rewrite',
      impact: 'Invoices went from 3 days to 1',
      scope: 'team'
    })

    // 1. Shareable when a check-in copied it and a commitment served it; made private, public
    //    and private again afterwards, then edited: privacy is what it is now, not then.
    const flip = await h.call<CheckInLogged>('checkIns.create', {
      checkIn: { personId: ava.id, date: DAY, theirGoals: ['Move to FLIPSECRET team'], theirBlockers: ['Visible OKAPIBLOCKER'] },
      commitment: { title: 'Intro to the platform lead', serves: { kind: 'personGoal', ref: 'Move to FLIPSECRET team' } }
    })
    secrets.push('FLIPSECRET')
    visible.push('OKAPIBLOCKER', 'Intro to the platform lead')
    const flipItem = itemWith(flip.person, 'FLIPSECRET')
    privateIds.push(flipItem.id)
    for (const mark of [true, false, true]) await h.call('people.updateItem', { personId: ava.id, itemId: flipItem.id, private: mark })
    await h.call('people.updateItem', { personId: ava.id, itemId: flipItem.id, text: 'A team change' })

    // 2. A private check-in (private notes) whose heard goal a shareable commitment serves; the
    //    goal is then marked private.
    const quiet = await h.call<CheckInLogged>('checkIns.create', {
      checkIn: {
        personId: ben.id,
        date: DAY,
        theirGoals: ['Run the HEARDSECRET reorg'],
        theirBlockers: ['Visible QUOKKABLOCKER'],
        notes: 'She is leaving NOTESECRET soon',
        notesPrivate: true
      },
      commitment: { title: 'Draft the team charter', serves: { kind: 'personGoal', ref: 'Run the HEARDSECRET reorg' } }
    })
    secrets.push('HEARDSECRET', 'NOTESECRET')
    visible.push('QUOKKABLOCKER', 'Draft the team charter')
    const heardItem = itemWith(quiet.person, 'HEARDSECRET')
    privateIds.push(heardItem.id)
    await h.call('people.updateItem', { personId: ben.id, itemId: heardItem.id, private: true })

    // 3. A private item whose words equal a shareable item's words: Ava's goal is private,
    //    Ben has the same words as a shareable goal, and Ava's own shareable copy re-types them
    //    (added after the check-ins, so they are current and the loop plans read them).
    const twin = 'Become TWINSECRET lead'
    secrets.push('TWINSECRET')
    const avaTwin = await h.call<Person>('people.addItem', { personId: ava.id, kind: 'goal', text: twin, date: DAY, private: true })
    privateIds.push(itemWith(avaTwin, 'TWINSECRET').id)
    await h.call('people.addItem', { personId: ben.id, kind: 'goal', text: `${twin}.`, date: DAY, private: false })
    await h.call('people.addItem', { personId: ava.id, kind: 'blocker', text: 'become twinsecret LEAD', date: DAY, private: false })

    // 4. Private items referenced by id from shareable commitments (their blocker, their goal).
    const withRef = await h.call<Person>('people.addItem', {
      personId: ava.id,
      kind: 'blocker',
      text: 'Medical REFSECRET leave',
      date: DAY,
      private: true
    })
    secrets.push('REFSECRET')
    const refItem = itemWith(withRef, 'REFSECRET')
    privateIds.push(refItem.id)
    await h.call('commitments.create', { title: 'Cover the on-call rota', personId: ava.id, serves: { kind: 'blocker', id: refItem.id } })
    await h.call('commitments.create', {
      title: 'Pair on the design review',
      personId: ava.id,
      serves: { kind: 'personGoal', id: itemWith(avaTwin, 'TWINSECRET').id }
    })
    visible.push('Cover the on-call rota', 'Pair on the design review')

    // Every sink a word can leave by.
    const sinks: Record<string, string> = {}
    const json = (x: unknown) => JSON.stringify(x)
    sinks['context.entries'] = json(await h.call('context.entries'))
    for (const p of [ava, ben]) {
      sinks[`loop.prepare ${p.id}`] = json(await h.call('loop.prepare', { personId: p.id }))
      sinks[`loop.calendar ${p.id}`] = json(await h.call('loop.calendar', { personId: p.id }))
    }
    sinks['promo.build'] = json(await h.call('promo.build', { settings: { from: '2026-01-01', to: '2026-12-31', targetLevel: 'Staff' } }))

    const kinds = await h.call<{ id: string }[]>('drafts.kinds')
    expect(kinds.length).toBeGreaterThanOrEqual(6)
    const paramSets = [{}, ...[ava, ben].map((p) => ({ personId: p.id, loop: {} }))]
    const ran = new Set<string>()
    for (const engine of ['builtin', 'compatible'] as const) {
      await h.call('settings.update', { engine, compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
      for (const { id: kind } of kinds)
        for (const [n, params] of paramSets.entries()) {
          const name = `${kind} ${engine} params#${n}`
          let preview: unknown
          try {
            preview = await h.call('drafts.preview', { kind, params })
          } catch (error) {
            // A kind that needs a person refuses the empty params: that is not a way out.
            sinks[`${name} refused`] = (error as Error).message
            continue
          }
          sinks[`${name} preview`] = json(preview)
          const before = server.requests.length
          const { runId } = await h.call<{ runId: string }>('drafts.start', { kind, params })
          sinks[`${name} result`] = json(await h.done(runId, 30_000))
          sinks[`${name} requests`] = server.requests
            .slice(before)
            .map((r) => json(r.body))
            .join('\n')
          ran.add(kind)
        }
    }
    // Every kind was attacked, through both engines, and the model was really asked.
    expect([...ran].sort()).toEqual(kinds.map((k) => k.id).sort())
    expect(Object.keys(sinks).filter((k) => k.endsWith('requests') && sinks[k]!.length > 0).length).toBeGreaterThan(kinds.length)

    const leaks = Object.entries(sinks).flatMap(([sink, text]) =>
      [...secrets, ...privateIds].filter((s) => text.toUpperCase().includes(s.toUpperCase())).map((s) => `${s} → ${sink}`)
    )
    expect(leaks).toEqual([])
    const shown = sinks['context.entries']!
    expect(visible.filter((v) => !shown.includes(v))).toEqual([])
    expect(sinks[`agenda builtin params#1 preview`]).toContain('OKAPIBLOCKER')
    expect(sinks[`agenda builtin params#2 preview`]).toContain('QUOKKABLOCKER')
  }, 240_000)
})
