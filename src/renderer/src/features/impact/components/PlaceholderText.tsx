import { Mark, Text } from '@mantine/core'

/** Shows text with every [placeholder?] highlighted, so a missing fact is impossible to miss. */
export function PlaceholderText({ text, size = 'sm' }: { text: string; size?: string }) {
  const parts = text.split(/(\[[^\]]*\?\])/g)
  return (
    <Text size={size} className="lw-prewrap">
      {parts.map((p, i) =>
        /^\[[^\]]*\?\]$/.test(p) ? (
          <Mark key={i} color="yellow" title="Missing: fill this in with a fact you have">
            {p}
          </Mark>
        ) : (
          <span key={i}>{p}</span>
        )
      )}
    </Text>
  )
}
