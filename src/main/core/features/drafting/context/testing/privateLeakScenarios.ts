import type { Harness } from '../../../../app/testing/coreHarness'
import type { FakeOpenAIServer } from '../../testing/fakeOpenAIServer'

interface Person {
  id: string
  items: { id: string; kind: string; text: string; private: boolean }[]
}

export interface LeakScenario {
  name: string
  /** Sets up a person whose words containing `secret` are private; returns nothing, acts through routes. */
  act(h: Harness, person: { id: string }, secret: string, visible: string): Promise<void>
}

const item = (p: Person, needle: string) => p.items.find((i) => i.text.includes(needle))!

const logWith = (h: Harness, personId: string, date: string, theirBlockers: string[], theirGoals: string[] = []) =>
  h.call<{ person: Person }>('checkIns.create', { checkIn: { personId, date, theirGoals, theirBlockers } })

/** The ways a private word used to reach a model (issue #13 item 6), each acted through the real routes. */
export const LEAK_SCENARIOS: LeakScenario[] = [
  {
    name: 'private blocker edited after the check-in copied it',
    async act(h, p, secret, visible) {
      const { person } = await logWith(h, p.id, '2026-01-10', [`Vendor ${secret} contract`, visible])
      const it = item(person, secret)
      await h.call('people.updateItem', { personId: p.id, itemId: it.id, private: true })
      await h.call('people.updateItem', { personId: p.id, itemId: it.id, text: 'A vendor problem' })
    }
  },
  {
    name: 'private goal edited after the check-in copied it',
    async act(h, p, secret, visible) {
      const { person } = await logWith(h, p.id, '2026-01-10', [visible], [`Become ${secret} lead`])
      const it = item(person, secret)
      await h.call('people.updateItem', { personId: p.id, itemId: it.id, private: true, text: 'A career step' })
    }
  },
  {
    name: 'marked private after two check-ins copied it (retroactive)',
    async act(h, p, secret, visible) {
      await logWith(h, p.id, '2026-01-10', [`Reorg ${secret} rumours`, visible])
      const { person } = await logWith(h, p.id, '2026-02-10', [`reorg ${secret} RUMOURS`, visible])
      await h.call('people.updateItem', { personId: p.id, itemId: item(person, secret).id, private: true })
    }
  },
  {
    name: 'private blocker deleted after the check-in copied it',
    async act(h, p, secret, visible) {
      const { person } = await logWith(h, p.id, '2026-01-10', [`Health ${secret} leave`, visible])
      const it = item(person, secret)
      await h.call('people.updateItem', { personId: p.id, itemId: it.id, private: true })
      await h.call('people.removeItem', { personId: p.id, itemId: it.id })
    }
  },
  {
    name: 'private blocker edited, then deleted',
    async act(h, p, secret, visible) {
      const { person } = await logWith(h, p.id, '2026-01-10', [`Budget ${secret} cut`, visible])
      const it = item(person, secret)
      await h.call('people.updateItem', { personId: p.id, itemId: it.id, private: true, text: 'Money' })
      await h.call('people.removeItem', { personId: p.id, itemId: it.id })
    }
  },
  {
    name: 'private blocker re-typed in a check-in with a trailing period and other case',
    async act(h, p, secret, visible) {
      await h.call('people.addItem', {
        personId: p.id,
        kind: 'blocker',
        text: `Hiring ${secret} freeze`,
        date: '2026-01-01',
        private: true
      })
      await logWith(h, p.id, '2026-01-10', [`hiring  ${secret} Freeze.`, visible])
    }
  },
  {
    name: 'private blocker edited, then its copy edited in the check-in',
    async act(h, p, secret, visible) {
      const { person, checkIn } = await h.call<{ person: Person; checkIn: { id: string } }>('checkIns.create', {
        checkIn: { personId: p.id, date: '2026-01-10', theirBlockers: [`Visa ${secret} renewal`, visible] }
      })
      await h.call('people.updateItem', { personId: p.id, itemId: item(person, secret).id, private: true, text: 'Paperwork' })
      await h.call('checkIns.update', {
        id: checkIn.id,
        checkIn: { personId: p.id, date: '2026-01-10', theirBlockers: [`Visa ${secret} renewal, still waiting`, visible] }
      })
    }
  },
  {
    name: 'private blocker re-typed, then the private item edited',
    async act(h, p, secret, visible) {
      const added = await h.call<Person>('people.addItem', {
        personId: p.id,
        kind: 'blocker',
        text: `Layoff ${secret} fears`,
        date: '2026-01-01',
        private: true
      })
      await logWith(h, p.id, '2026-01-10', [`Layoff ${secret} fears!`, visible])
      await h.call('people.updateItem', { personId: p.id, itemId: item(added, secret).id, text: 'Team worries' })
    }
  }
]

export interface LeakTally {
  tried: number
  leaked: number
  /** One line per leak or missing visible text, naming the scenario and where. */
  problems: string[]
}

/**
 * Runs every scenario on its own person, then reads the three ways words reach a model —
 * `context.entries`, `drafts.preview` and the request bodies a compatible engine sent to the fake
 * server — and counts a scenario as leaked when its private word is in any of them. The visible
 * blocker of the same check-in must be in all three: the same filtered view, not an empty one.
 */
export async function runLeakScenarios(h: Harness, server: FakeOpenAIServer): Promise<LeakTally> {
  const tally: LeakTally = { tried: 0, leaked: 0, problems: [] }
  await h.call('settings.update', { engine: 'compatible', compatibleBaseUrl: server.baseUrl, compatibleModel: 'fake-model' })
  for (const [n, s] of LEAK_SCENARIOS.entries()) {
    const secret = `PRIVWORD${n}QUOKKA`
    const visible = `Visible blocker ${n} okapi`
    const person = await h.call<{ id: string }>('people.create', { name: `Leak ${n}`, role: 'manager', title: 'Director' })
    await s.act(h, person, secret, visible)
    const sinks: Record<string, string> = { 'context.entries': JSON.stringify(await h.call('context.entries')) }
    for (const kind of ['agenda', 'offers']) {
      const params = { personId: person.id, loop: {} }
      sinks[`drafts.preview ${kind}`] = JSON.stringify(await h.call('drafts.preview', { kind, params }))
      const before = server.requests.length
      const { runId } = await h.call<{ runId: string }>('drafts.start', { kind, params })
      await h.done(runId, 20_000)
      sinks[`fake server ${kind}`] = server.requests
        .slice(before)
        .map((r) => JSON.stringify(r.body))
        .join('\n')
    }
    tally.tried++
    const leakedTo = Object.keys(sinks).filter((k) => sinks[k]!.toUpperCase().includes(secret))
    if (leakedTo.length) {
      tally.leaked++
      tally.problems.push(`${s.name}: leaked to ${leakedTo.join(', ')}`)
    }
    const missing = Object.keys(sinks).filter((k) => !sinks[k]!.includes(visible))
    if (missing.length) tally.problems.push(`${s.name}: the visible blocker is missing from ${missing.join(', ')}`)
  }
  return tally
}
