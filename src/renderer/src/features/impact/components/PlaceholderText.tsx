import { Mark, Text } from '@mantine/core'

/** Shows text with every [placeholder?] highlighted, so a missing fact is impossible to miss. */
export function PlaceholderText({
  text,
  size = 'sm',
  inline = false,
  dimmed = false
}: {
  text: string
  size?: string
  inline?: boolean
  dimmed?: boolean
}) {
  const parts = text.split(/(\[[^\]]*\?\])/g)
  return (
    <Text size={size} className="lw-prewrap" component={inline ? 'span' : 'p'} c={dimmed ? 'dimmed' : undefined}>
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
