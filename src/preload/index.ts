import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

// Exactly two functions cross into the page: invoke a route, and listen to core events.
const api = {
  invoke: (route: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('loopwise:invoke', route, input),
  on: (event: string, callback: (payload: unknown) => void): (() => void) => {
    const listener = (_e: IpcRendererEvent, envelope: { event: string; payload: unknown }) => {
      if (envelope?.event === event) callback(envelope.payload)
    }
    ipcRenderer.on('loopwise:event', listener)
    return () => ipcRenderer.removeListener('loopwise:event', listener)
  }
}

contextBridge.exposeInMainWorld('api', api)
