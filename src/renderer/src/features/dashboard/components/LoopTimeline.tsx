import { useState } from 'react'
import { Anchor, Box, Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconArrowRight, IconCheck, IconHandStop, IconTrophy } from '@tabler/icons-react'
import type { RouteOutput } from '@shared/api/define'
import type { AppContract } from '@shared/api/contract'
import { QuarterDetail } from './QuarterDetail'
import { SharedTooltipProvider, useSharedTooltip } from './SharedTooltip'

type Quarter = RouteOutput<AppContract, 'dashboard.timeline'>[number]

/** Two years at a glance; ten years of quarters are one click away. */
const RECENT_QUARTERS = 8

export const LANES = [
  { key: 'offered', label: 'Offered', color: 'blue', icon: IconHandStop },
  { key: 'delivered', label: 'Delivered', color: 'teal', icon: IconCheck },
  { key: 'ledTo', label: 'Led to', color: 'yellow', icon: IconTrophy }
] as const

/** One item of a lane; a button that opens its whole quarter, with the full text on hover or focus. */
export function Pill({ title, color, sub, onOpen }: { title: string; color: string; sub?: string; onOpen(): void }) {
  const tip = useSharedTooltip(sub ? `${title} — ${sub}` : title)
  return (
    <UnstyledButton onClick={onOpen} w="100%" className="lw-pill" {...tip}>
      <Paper
        px={8}
        py={4}
        radius="md"
        style={{ background: `var(--mantine-color-${color}-light)`, borderLeft: `3px solid var(--mantine-color-${color}-6)` }}
      >
        <Text size="xs" lineClamp={2}>
          {title}
        </Text>
      </Paper>
    </UnstyledButton>
  )
}

/** How many were delivered up to this quarter, as a bar; the count on hover. */
function DeliveredBar({ total, max }: { total: number; max: number }) {
  const tip = useSharedTooltip(`${total} delivered so far`, { focus: false })
  return (
    <Box h={6} style={{ borderRadius: 3, background: 'var(--mantine-color-default-border)' }} {...tip}>
      <Box h={6} w={`${(total / max) * 100}%`} style={{ borderRadius: 3, background: 'var(--mantine-color-teal-6)' }} />
    </Box>
  )
}

/**
 * The compounding the framework promises, made visible: one column per quarter, lanes for
 * what was offered, delivered and what it led to, and a bar that grows with every delivery.
 */
export function LoopTimeline({ quarters: all }: { quarters: Quarter[] }) {
  const [open, setOpen] = useState<string | null>(null)
  const [showAll, setShowAll] = useState(false)
  // Running totals over every quarter, so the bar still tells the whole story when cut.
  const allTotals = all.reduce<number[]>((acc, q) => [...acc, (acc.at(-1) ?? 0) + q.counts.delivered], [])
  const hidden = showAll ? 0 : Math.max(0, all.length - RECENT_QUARTERS)
  const quarters = all.slice(hidden)
  const totals = allTotals.slice(hidden)
  const max = Math.max(1, ...totals)
  return (
    <SharedTooltipProvider>
      <ScrollArea type="auto" offsetScrollbars>
        {hidden > 0 && (
          <Anchor component="button" size="sm" mb="xs" onClick={() => setShowAll(true)}>
            Show {hidden} earlier {hidden === 1 ? 'quarter' : 'quarters'}
          </Anchor>
        )}
        <Box
          role="figure"
          aria-label="Loop timeline"
          style={{
            display: 'grid',
            gridTemplateColumns: `90px repeat(${quarters.length}, minmax(170px, 1fr))`,
            gap: 8,
            alignItems: 'start'
          }}
        >
          <div />
          {quarters.map((q, i) => (
            <Stack key={q.quarter} gap={4} role="group" aria-label={`Quarter ${q.quarter}`}>
              <Group gap={6} justify="space-between" wrap="nowrap">
                <Text fw={700}>{q.quarter.replace('-', ' ')}</Text>
                {i < quarters.length - 1 && <IconArrowRight size={14} color="var(--mantine-color-dimmed)" />}
              </Group>
              <Text size="xs" c="dimmed">
                {q.checkIns} check-in{q.checkIns === 1 ? '' : 's'}
              </Text>
              <DeliveredBar total={totals[i]!} max={max} />
            </Stack>
          ))}
          {LANES.map((lane) => (
            <LaneRow key={lane.key} lane={lane} quarters={quarters} onMore={setOpen} />
          ))}
          <Text size="sm" c="dimmed" pt={4}>
            Goals met
          </Text>
          {quarters.map((q) => (
            <Stack key={q.quarter} gap={4}>
              {q.goalsAchieved.map((g) => (
                <Pill key={g.id} title={`★ ${g.title}`} color="grape" onOpen={() => setOpen(q.quarter)} />
              ))}
              <More shown={q.goalsAchieved.length} total={q.counts.goalsAchieved} onClick={() => setOpen(q.quarter)} />
            </Stack>
          ))}
        </Box>
        <QuarterDetail quarter={open} onClose={() => setOpen(null)} />
      </ScrollArea>
    </SharedTooltipProvider>
  )
}

/** The dashboard gets a few items per lane; the rest of a quarter opens in a dialog. */
function More({ shown, total, onClick }: { shown: number; total: number; onClick(): void }) {
  if (total <= shown) return null
  return (
    <Anchor component="button" size="xs" ta="left" onClick={onClick}>
      +{(total - shown).toLocaleString()} more
    </Anchor>
  )
}

function LaneRow({ lane, quarters, onMore }: { lane: (typeof LANES)[number]; quarters: Quarter[]; onMore(quarter: string): void }) {
  return (
    <>
      <Group gap={4} pt={4} wrap="nowrap">
        <lane.icon size={14} color={`var(--mantine-color-${lane.color}-6)`} />
        <Text size="sm" c="dimmed">
          {lane.label}
        </Text>
      </Group>
      {quarters.map((q) => (
        <Stack key={q.quarter} gap={4} role="group" aria-label={`${lane.label} in ${q.quarter}`}>
          {lane.key === 'ledTo'
            ? q.ledTo.map((w) => (
                <Pill
                  key={w.id}
                  title={w.title}
                  sub={w.impact}
                  color={w.fromCommitmentId ? 'yellow' : 'gray'}
                  onOpen={() => onMore(q.quarter)}
                />
              ))
            : q[lane.key].map((c) => (
                <Pill
                  key={c.id}
                  title={c.title}
                  sub={c.personName ? `for ${c.personName}` : undefined}
                  color={lane.color}
                  onOpen={() => onMore(q.quarter)}
                />
              ))}
          {lane.key === 'delivered' &&
            q.dropped.map((c) => <Pill key={c.id} title={`Dropped: ${c.title}`} color="red" onOpen={() => onMore(q.quarter)} />)}
          <More
            shown={q[lane.key].length + (lane.key === 'delivered' ? q.dropped.length : 0)}
            total={q.counts[lane.key] + (lane.key === 'delivered' ? q.counts.dropped : 0)}
            onClick={() => onMore(q.quarter)}
          />
        </Stack>
      ))}
    </>
  )
}
