import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../../api/client'
import { base64ToBytes } from '../../../api/base64'
import { downloadBlob } from '../../../api/format'
import { routeKey, routeQuery, useRouteMutation } from '../../../api/queries'

export const usePromoDefaults = (targetLevel?: string) =>
  useQuery({ ...routeQuery('promo.defaults', targetLevel ? { targetLevel } : {}), placeholderData: keepPreviousData })
export const usePacketList = () => useQuery(routeQuery('promo.list', {}))
export const usePacket = (id: string | null) => useQuery({ ...routeQuery('promo.get', { id: id ?? '' }), enabled: Boolean(id) })
export const useLadder = () => useQuery(routeQuery('promo.ladder', {}))
export const useImportLadder = () => useRouteMutation('promo.importLadder')

export function useBuildPacket() {
  const client = useQueryClient()
  // The answer is the packet itself: show it at once rather than after a refetch.
  return useRouteMutation('promo.build', { onSuccess: (record) => client.setQueryData(routeKey('promo.get', { id: record.id }), record) })
}

export function useMoveItem() {
  const client = useQueryClient()
  return useRouteMutation('promo.move', { onSuccess: (record) => client.setQueryData(routeKey('promo.get', { id: record.id }), record) })
}

/** Ask the core for the file and hand it to the browser as a download (Electron shows a save dialog). */
export async function downloadExport(id: string, version: number, format: 'markdown' | 'docx') {
  const file = await call('promo.export', { id, version, format })
  const bytes = file.encoding === 'base64' ? base64ToBytes(file.content) : new TextEncoder().encode(file.content)
  downloadBlob(file.fileName, new Blob([bytes], { type: file.mimeType }))
  return file.fileName
}
