import fs from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Handle = Awaited<ReturnType<typeof open>>
type RawWrite = (this: Handle, buffer: Uint8Array, offset?: number, length?: number) => Promise<unknown>
type Proto = { write: RawWrite; writeFile: () => Promise<void> }

/**
 * A full disk where a real one (a small tmpfs) cannot be mounted: every write through a file
 * handle fails with ENOSPC, after putting down part of its bytes as a real full disk does —
 * so the journal really gets a torn tail. Returns the function that frees the space.
 */
export async function fillDiskInjected(): Promise<() => void> {
  const probe = await open(join(tmpdir(), `loopwise-probe-${process.pid}`), 'w')
  const proto = Object.getPrototypeOf(probe) as unknown as Proto
  await probe.close()
  const { write, writeFile } = proto
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 })
  proto.write = async function (this: Handle, buffer: Uint8Array, offset = 0, length = buffer.length - offset) {
    // Half of it lands, then the disk is full.
    const half = Math.floor(length / 2)
    if (half > 0) await write.call(this, buffer, offset, half)
    throw enospc()
  }
  proto.writeFile = async function () {
    throw enospc()
  }
  // The journal's synchronous appends (journal.ts) go through fs.writeSync: the same fault there.
  const writeSync = fs.writeSync
  const raw = writeSync as (fd: number, buffer: Uint8Array, offset: number, length: number) => number
  fs.writeSync = function (fd: number, buffer: Uint8Array, offset?: number | null, length?: number | null) {
    const from = offset ?? 0
    const size = length ?? buffer.length - from
    if (fd <= 2) return raw(fd, buffer, from, size)
    const half = Math.floor(size / 2)
    if (half > 0) raw(fd, buffer, from, half)
    throw enospc()
  } as typeof fs.writeSync
  return () => {
    proto.write = write
    proto.writeFile = writeFile
    fs.writeSync = writeSync
  }
}
