import type { CDPSession, Page } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * BENCH_PROFILE=1: a Chromium CPU profile (CDP) around one bench step, reduced to its longest
 * busy stretch (samples between two idle ones — the long task) and the functions that spent it,
 * self time and inclusive. This is how the pages' long tasks were found; the figures in the
 * table come from the Long Tasks API, not from this.
 */
export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return cdp
}

const frameName = (n: ProfileNode) => {
  const f = n.callFrame
  const file = f.url.split('/').pop() ?? ''
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`
}

export async function stopProfile(cdp: CDPSession, label: string, top = 25): Promise<string> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  await cdp.detach()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  if (process.env.BENCH_PROFILE === 'stretches') return stretches(profile, byId, parent, label)
  // The longest run of non-idle samples.
  let best = { from: 0, to: 0, ms: 0 }
  let from = 0
  let run = 0
  profile.samples.forEach((id, i) => {
    const idle = byId.get(id)!.callFrame.functionName === '(idle)'
    if (idle) {
      if (run > best.ms) best = { from, to: i, ms: run }
      run = 0
      from = i + 1
    } else run += profile.timeDeltas[i]! / 1000
  })
  if (run > best.ms) best = { from, to: profile.samples.length, ms: run }
  // BENCH_PROFILE=all: every busy sample of the step (a long task's samples can be split by
  // '(program)' gaps that the idle split above cannot tell from a new task).
  if (process.env.BENCH_PROFILE === 'all') best = { from: 0, to: profile.samples.length, ms: NaN }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  for (let i = best.from; i < best.to; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!) / 1000
    let node = byId.get(profile.samples[i]!)
    if (['(idle)', '(program)'].includes(node!.callFrame.functionName)) continue
    self.set(frameName(node!), (self.get(frameName(node!)) ?? 0) + dt)
    const seen = new Set<string>()
    while (node) {
      const name = frameName(node)
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + dt)
      seen.add(name)
      node = byId.get(parent.get(node.id) ?? -1)
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .filter(([k]) => !process.env.PROF_FILTER || new RegExp(process.env.PROF_FILTER).test(k))
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n')
  return `--- ${label}: longest busy stretch ${best.ms.toFixed(1)} ms\n self:\n${list(self)}\n inclusive:\n${list(total)}\n`
}

/**
 * BENCH_PROFILE=stretches: every busy stretch of 30 ms or more in the step, in order, each with
 * the components (PascalCase frames) and calls that spent it: which render a long task was.
 */
function stretches(profile: Profile, byId: Map<number, ProfileNode>, parent: Map<number, number>, label: string): string {
  const out: string[] = [`--- ${label}: busy stretches of 30 ms or more`]
  let at = 0
  let from = -1
  let fromAt = 0
  const flush = (to: number) => {
    if (from < 0) return
    let busy = 0
    const total = new Map<string, number>()
    for (let i = from; i < to; i++) {
      const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!
      let node = byId.get(profile.samples[i]!)
      if (node!.callFrame.functionName === '(program)') continue
      busy += dt / 1000
      const seen = new Set<string>()
      while (node) {
        const name = node.callFrame.functionName || '(anonymous)'
        if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + dt / 1000)
        seen.add(name)
        node = byId.get(parent.get(node.id) ?? -1)
      }
    }
    if (busy >= 30) {
      const top = [...total]
        .filter(([k]) =>
          /^[A-Z][a-z]\w+$|^(getBoundingClientRect|commitRoot|renderRootSync|\(garbage collector\)|performSyncWorkOnRoot|performWorkOnRootViaSchedulerTask|evaluate|\(root\))$/.test(
            k
          )
        )
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.PROF_TOP ?? 14))
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      out.push(`  +${fromAt.toFixed(0)} ms, ${busy.toFixed(1)} ms busy: ${top.join(' · ')}`)
    }
    from = -1
  }
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i]! / 1000
    if (byId.get(id)!.callFrame.functionName === '(idle)') flush(i)
    else if (from < 0) {
      from = i
      fromAt = at
    }
  })
  flush(profile.samples.length)
  return out.join('\n')
}
