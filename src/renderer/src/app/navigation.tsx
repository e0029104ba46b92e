import { createContext, startTransition, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  IconLayoutDashboard,
  IconRepeat,
  IconUsers,
  IconTrophy,
  IconFileText,
  IconMicrophone,
  IconSettings,
  IconCertificate,
  type Icon
} from '@tabler/icons-react'

export const SECTIONS = [
  { id: 'dashboard', label: 'Dashboard', icon: IconLayoutDashboard, key: '1' },
  { id: 'loop', label: 'Loop', icon: IconRepeat, key: '2' },
  { id: 'people', label: 'People', icon: IconUsers, key: '3' },
  { id: 'wins', label: 'Wins', icon: IconTrophy, key: '4' },
  { id: 'drafts', label: 'Drafts', icon: IconFileText, key: '5' },
  { id: 'promo', label: 'Promo', icon: IconCertificate, key: '6' },
  { id: 'interview', label: 'Interview', icon: IconMicrophone, key: '7' },
  { id: 'settings', label: 'Settings', icon: IconSettings, key: '8' }
] as const satisfies readonly { id: string; label: string; icon: Icon; key: string }[]

export type SectionId = (typeof SECTIONS)[number]['id']

interface Navigation {
  section: SectionId
  /** What to do on arrival: an item id to open (from search), or 'new' to start one. */
  target: string | null
  /** Bumped on every go(), so going to the same target twice still acts. */
  seq: number
  go(section: SectionId, target?: string | null): void
}

const NavigationContext = createContext<Navigation | null>(null)

/** `#/wins` → 'wins': the section survives a reload (browser mode) or a window reload (desktop). */
function sectionFromHash(): SectionId | null {
  const id = /^#\/([a-z]+)$/.exec(window.location.hash)?.[1]
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : null
}

export function NavigationProvider({ children, initial = 'dashboard' }: { children: ReactNode; initial?: SectionId }) {
  const [state, setState] = useState(() => ({ section: sectionFromHash() ?? initial, target: null as string | null, seq: 0 }))
  useEffect(() => {
    // Never over the browser-mode token: the transport reads it from the hash, then clears it.
    if (!window.location.hash.includes('token=')) history.replaceState(null, '', `#/${state.section}`)
  }, [state.section])
  const value = useMemo<Navigation>(
    () => ({
      ...state,
      // A transition: the current section stays until the next one's code has loaded, instead
      // of a loading fallback that React then holds on screen for at least 300 ms.
      go: (section, target = null) => startTransition(() => setState((s) => ({ section, target, seq: s.seq + 1 })))
    }),
    [state]
  )
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext)
  if (!nav) throw new Error('useNavigation outside NavigationProvider')
  return nav
}
