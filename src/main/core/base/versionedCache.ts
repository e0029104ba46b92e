/**
 * A value derived from stored collections, kept until the versions of the collections it reads
 * change (`Store.version` / `versionKey`: bumped on every write, undo, import and reload). Not
 * keyed on object identity: a cache must not depend on nobody mutating a stored array.
 *
 * `slots` values are kept per version (a few filters of one list: a person, open or all); any
 * new version drops them all.
 */
export class VersionedCache<T> {
  private version: string | null = null
  private readonly values = new Map<string, T>()

  constructor(private readonly slots = 32) {}

  get(version: string | number, build: () => T, slot = ''): T {
    const v = String(version)
    if (v !== this.version) {
      this.version = v
      this.values.clear()
    }
    let value = this.values.get(slot)
    if (value === undefined && !this.values.has(slot)) {
      value = build()
      if (this.values.size >= this.slots) this.values.clear()
      this.values.set(slot, value)
    }
    return value as T
  }
}
