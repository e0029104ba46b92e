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
  return () => {
    proto.write = write
    proto.writeFile = writeFile
  }
}
