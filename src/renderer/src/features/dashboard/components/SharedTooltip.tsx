import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react'
import { Tooltip } from '@mantine/core'

type Show = (target: HTMLElement, label: string) => void
interface Tip {
  show: Show
  hide(): void
}

const TipContext = createContext<Tip | null>(null)

/**
 * One tooltip for a whole figure: a Mantine Tooltip per item runs floating-ui's hooks for each,
 * and at 50,000 wins the timeline's hundred-odd pills made mounting the dashboard and leaving it
 * for another page long tasks. Items say when they are hovered or focused; this one tooltip
 * follows them and describes the item it is shown for, as each item's own tooltip did.
 */
export function SharedTooltipProvider({ children }: { children: ReactNode }) {
  const [tip, setTip] = useState<{ target: HTMLElement; label: string; opened: boolean } | null>(null)
  const id = useId()
  const show = useCallback<Show>((target, label) => setTip({ target, label, opened: true }), [])
  const hide = useCallback(() => setTip((t) => (t && t.opened ? { ...t, opened: false } : t)), [])
  useEffect(() => {
    if (!tip?.opened) return
    const { target } = tip
    target.setAttribute('aria-describedby', id)
    return () => target.removeAttribute('aria-describedby')
  }, [tip, id])
  const value = useMemo(() => ({ show, hide }), [show, hide])
  return (
    <TipContext.Provider value={value}>
      {children}
      {/* The id is on the label: Mantine gives the tooltip element an id of its own. */}
      {tip && <Tooltip target={tip.target} label={<span id={id}>{tip.label}</span>} opened={tip.opened} multiline maw={320} withinPortal />}
    </TipContext.Provider>
  )
}

/** Props that show `label` in the figure's shared tooltip on hover and keyboard focus (Escape hides it). */
export function useSharedTooltip(label: string, { focus = true }: { focus?: boolean } = {}) {
  const tip = useContext(TipContext)
  if (!tip) throw new Error('useSharedTooltip outside SharedTooltipProvider')
  const open = (e: { currentTarget: HTMLElement }) => tip.show(e.currentTarget, label)
  return {
    onMouseEnter: open,
    onMouseLeave: tip.hide,
    ...(focus
      ? {
          onFocus: open,
          onBlur: tip.hide,
          onKeyDown: (e: { key: string }) => {
            if (e.key === 'Escape') tip.hide()
          }
        }
      : {})
  }
}
