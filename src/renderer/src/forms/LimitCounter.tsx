import type { ReactNode } from 'react'
import { formatNumber } from '../api/format'
import type { FieldLimit } from './schemaLimits'

const lineCount = (text: string) => text.split('\n').filter((l) => l.trim()).length

/** How much of a limit is used, for text or for a one-entry-per-line list. */
export function usage(value: string, limit: FieldLimit, lines = false): { text: string; near: boolean; over: boolean } | null {
  if (lines && limit.maxItems) {
    const count = lineCount(value)
    const longest = Math.max(0, ...value.split('\n').map((l) => l.trim().length))
    const tooLong = limit.maxLength !== undefined && longest > limit.maxLength
    return {
      text: tooLong
        ? `A line is ${formatNumber(longest - limit.maxLength!)} characters too long`
        : `${count} of ${formatNumber(limit.maxItems)} lines`,
      near: count >= limit.maxItems * 0.8 || tooLong,
      over: count > limit.maxItems || tooLong
    }
  }
  if (!limit.maxLength) return null
  const used = value.length
  return {
    text: `${formatNumber(used)} / ${formatNumber(limit.maxLength)}`,
    near: used >= limit.maxLength * 0.8,
    over: used > limit.maxLength
  }
}

/**
 * The limit, shown while typing: in the input's corner while it has focus, and always once the
 * text is near or over it. An overlay, so nothing moves when it appears (a layout shift on blur
 * would move a button away from a pointer mid-click).
 */
export function withLimit(value: string, limit: FieldLimit, kind: 'text' | 'textarea' | 'lines' = 'textarea') {
  const lines = kind === 'lines'
  const u = usage(value, limit, lines)
  if (!u) return {}
  return {
    classNames: { input: kind === 'text' ? 'lw-limit-input-line' : 'lw-limit-input' },
    inputContainer: (input: ReactNode) => (
      <div className="lw-limit-host" data-kind={kind}>
        {input}
        <span
          className="lw-limit"
          data-near={u.near || undefined}
          data-over={u.over || undefined}
          aria-live={u.over ? 'polite' : undefined}
        >
          {u.over && !lines ? `${u.text} — too long` : u.text}
        </span>
      </div>
    )
  }
}
