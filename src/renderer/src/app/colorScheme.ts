import { useEffect, useRef } from 'react'
import { localStorageColorSchemeManager, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { useRoute, useRouteMutation } from '../api/queries'

/** The same key public/theme-boot.js reads before the first paint. */
export const COLOR_SCHEME_KEY = 'loopwise-color-scheme'
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY })

/**
 * The stored choice wins when the app opens: browser mode runs on a new address each time, so
 * this window's own storage may not have it. Once per window; a later switch to the sample data
 * (its own settings) does not change the theme under the person's eyes.
 */
export function useColorSchemeFromStore() {
  const settings = useRoute('settings.get', {})
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const applied = useRef(false)
  const stored = settings.data?.settings.colorScheme
  useEffect(() => {
    if (applied.current || !stored) return
    applied.current = true
    if (stored !== colorScheme) setColorScheme(stored)
  }, [stored, colorScheme, setColorScheme])
}

/** Light / dark / system, applied at once in this window and kept with the data. */
export function useColorSchemeSetting() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const save = useRouteMutation('settings.update')
  return {
    value: colorScheme,
    error: save.error,
    set(next: MantineColorScheme) {
      setColorScheme(next)
      save.mutate({ colorScheme: next })
    }
  }
}
