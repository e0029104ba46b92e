import type { Browser, Page } from '@playwright/test'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/**
 * The page's main-thread tasks from a Chromium trace, with their thread (CPU) time beside their
 * wall time. On these shared cores a task's wall time is mostly waiting for a core at load 10+;
 * its CPU time is what a change to the page can lower, and what a quiet machine would see.
 */
export async function startTaskTrace(browser: Browser, page: Page) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] })
}

export async function stopTaskTrace(browser: Browser): Promise<{ wall: number; cpu: number; maxCpu: number }> {
  const { traceEvents } = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] }
  const mains = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`)
  )
  const tasks = traceEvents.filter(
    (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mains.has(`${e.pid}:${e.tid}`)
  )
  let longest: TraceEvent | undefined
  let busiest: TraceEvent | undefined
  for (const t of tasks) {
    if (!longest || (t.dur ?? 0) > (longest.dur ?? 0)) longest = t
    if (!busiest || (t.tdur ?? 0) > (busiest.tdur ?? 0)) busiest = t
  }
  const maxCpu = busiest?.tdur ?? 0
  if (process.env.BENCH_DEBUG) {
    // Every task of 30 ms or more, in order, from the step's first task: which one is the long one.
    const t0 = tasks.reduce((m, t) => Math.min(m, t.ts), Infinity)
    for (const t of tasks.filter((t) => (t.dur ?? 0) >= 30_000))
      console.error(
        `  task at +${((t.ts - t0) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(1)} wall / ${((t.tdur ?? 0) / 1000).toFixed(1)} cpu`
      )
  }
  if (process.env.BENCH_DEBUG && busiest) {
    const task = busiest
    // What the busiest task was made of: its direct parts on the same thread, by kind.
    const inside = traceEvents.filter(
      (e) =>
        e !== task &&
        e.ph === 'X' &&
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + task.dur!
    )
    const parts = new Map<string, number>()
    for (const e of inside) parts.set(e.name, (parts.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000)
    console.error(
      [...parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([k, v]) => `  ${v.toFixed(1)} ms cpu  ${k}`)
        .join('\n')
    )
  }
  return { wall: (longest?.dur ?? 0) / 1000, cpu: (longest?.tdur ?? 0) / 1000, maxCpu: maxCpu / 1000 }
}
