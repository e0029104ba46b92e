import { Badge, Tooltip } from '@mantine/core'
import { openImpactRewrite, useImpactStrengths } from '../hooks/useImpact'

const COLORS = ['gray', 'yellow', 'teal', 'green'] as const

/** Task only → outcome → measured → measured with scope; the one thing to add on hover, the rewrite panel on click. */
export function ImpactStrengthBadge({ winId }: { winId: string }) {
  const { data } = useImpactStrengths()
  const strength = data?.find((s) => s.winId === winId)?.strength
  if (!strength) return null
  return (
    <Tooltip label={strength.next} multiline w={280} withArrow>
      <Badge
        variant="light"
        color={COLORS[strength.rank]}
        tt="none"
        component="button"
        type="button"
        style={{ cursor: 'pointer' }}
        onClick={() => openImpactRewrite(winId)}
        aria-label={`Impact strength: ${strength.label}`}
      >
        {strength.label}
      </Badge>
    </Tooltip>
  )
}
