// One contender in the lock race (lockRace.ts): says "ready", waits for "go <time>", spins
// until that moment so every contender tries at once, tries the lock and says what happened,
// then holds whatever it got until killed — a kill leaves a stale lock for the next round.
import { writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { acquireFolderLock } from './lock'

const dataDir = process.argv[2]!
writeSync(1, 'ready\n')
createInterface({ input: process.stdin }).once('line', (line) => {
  const at = Number(line.split(' ')[1])
  while (Date.now() < at) {
    // Spin: a timer would let contenders drift apart by a scheduler tick.
  }
  acquireFolderLock(dataDir, 'race').then(
    () => writeSync(1, 'won\n'),
    (error: Error) => writeSync(1, error.name === 'DataFolderLockedError' ? 'locked\n' : `error ${error.message}\n`)
  )
})
setInterval(() => undefined, 60_000)
