export interface Page<T> {
  total: number
  offset: number
  items: T[]
}

export const slicePage = <T>(list: readonly T[], offset: number, limit: number): Page<T> => ({
  total: list.length,
  offset,
  items: list.slice(offset, offset + limit)
})
