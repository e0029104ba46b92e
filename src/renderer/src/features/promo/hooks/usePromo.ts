import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PacketSettings } from '@shared/domain/promo'
import { call } from '../../../api/client'

export const promoKeys = {
  list: ['promo', 'list'] as const,
  one: (id: string) => ['promo', 'one', id] as const,
  defaults: (l: string) => ['promo', 'defaults', l] as const
}

export const usePromoDefaults = () =>
  useQuery({ queryKey: promoKeys.defaults(''), queryFn: () => call('promo.defaults', {}), staleTime: Infinity })
export const usePacketList = () => useQuery({ queryKey: promoKeys.list, queryFn: () => call('promo.list', {}) })
export const usePacket = (id: string | null) =>
  useQuery({ queryKey: promoKeys.one(id ?? ''), queryFn: () => call('promo.get', { id: id! }), enabled: Boolean(id) })

export function useBuildPacket() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { packetId?: string; settings: PacketSettings }) => call('promo.build', input),
    onSuccess: (record) => {
      client.setQueryData(promoKeys.one(record.id), record)
      void client.invalidateQueries({ queryKey: promoKeys.list })
    }
  })
}

/** Ask the core for the file and hand it to the browser as a download (Electron shows a save dialog). */
export async function downloadExport(id: string, version: number, format: 'markdown' | 'docx') {
  const file = await call('promo.export', { id, version, format })
  const bytes =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.content)
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return file.fileName
}
