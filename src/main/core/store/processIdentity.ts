import { readFileSync } from 'node:fs'
import { uptime } from 'node:os'

/**
 * What tells "this process" apart from a later one that got the same PID: the boot (a PID
 * from before a reboot means nothing now) and the process's start time. Linux gives both
 * exactly (/proc); elsewhere the boot is the boot time to the minute and the start time is
 * not known, so only a reboot or a dead PID marks a lock stale there.
 */
export interface ProcessIdentity {
  pid: number
  boot: string
  /** Clock ticks since boot when the process started (/proc/<pid>/stat field 22), or null. */
  start: string | null
}

function linuxBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    return null
  }
}

export function currentBoot(): string {
  return linuxBootId() ?? `up-${Math.round((Date.now() / 1000 - uptime()) / 60)}`
}

/** Same boot: equal ids, or (without /proc) boot times within two minutes of each other. */
export function sameBoot(a: string, b: string): boolean {
  if (a === b) return true
  const m = /^up-(\d+)$/
  const x = m.exec(a)
  const y = m.exec(b)
  return !!x && !!y && Math.abs(Number(x[1]) - Number(y[1])) <= 2
}

export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function identityOf(pid: number): ProcessIdentity {
  return { pid, boot: currentBoot(), start: processStart(pid) }
}

/** Is the process that wrote `recorded` still running? A reused PID or a reboot says no. */
export function stillRunning(recorded: Partial<ProcessIdentity> & { pid: number }): boolean {
  if (recorded.boot && !sameBoot(recorded.boot, currentBoot())) return false
  if (!isPidAlive(recorded.pid)) return false
  if (recorded.start) {
    const now = processStart(recorded.pid)
    if (now !== null && now !== recorded.start) return false
  }
  return true
}
