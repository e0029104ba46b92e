import { Menu } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { openImpactRewrite } from '../hooks/useImpact'

/** Dropped into a win card's menu: opens the rewrite panel for that win. */
export function RewriteImpactMenuItem({ winId }: { winId: string }) {
  return (
    <Menu.Item leftSection={<IconSparkles size={16} />} onClick={() => openImpactRewrite(winId)}>
      Rewrite impact
    </Menu.Item>
  )
}
