export interface PreloadApi {
  invoke(route: string, input: unknown): Promise<unknown>
  on(event: string, callback: (payload: unknown) => void): () => void
}

declare global {
  interface Window {
    api?: PreloadApi
  }
}
