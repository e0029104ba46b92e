import { useMemo, useState } from 'react'
import { Button, Grid, Group, NavLink, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { DraftParams } from '@shared/domain/drafting'
import { addDays, quarterRange, todayIso } from '@shared/dates'
import { useRoute } from '../../../api/queries'
import { useNavigation } from '../../../app/navigation'
import { DraftPanel } from './DraftPanel'
import { SavedDraftView } from './SavedDraftView'
import { formatDay } from '../../../api/format'
import { PagedVirtualList } from '../../../ui/PagedVirtualList'

const quarter = (offset: number) => {
  const { from, to } = quarterRange(todayIso(), offset)
  return { from, to }
}
const PERIODS = [
  { label: 'This quarter', range: () => quarter(0) },
  { label: 'Last quarter', range: () => quarter(-1) },
  { label: 'Last 12 months', range: () => ({ from: addDays(todayIso(), -365), to: todayIso() }) }
]

export function DraftsPage() {
  const { go } = useNavigation()
  const [range, setRange] = useState(() => PERIODS[2]!.range())
  const [focus, setFocus] = useState('')
  const [audience, setAudience] = useState('')
  const [debouncedFocus] = useDebouncedValue(focus, 300)
  const [debouncedAudience] = useDebouncedValue(audience, 300)
  const [savedId, setSavedId] = useState<string | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const settings = useRoute('settings.get', {})
  // The open draft is read on its own: the list holds only the page under the screen.
  const opened = useRoute('drafts.get', { id: openId ?? '' }, Boolean(openId))
  const params = useMemo<DraftParams>(
    () => ({
      ...(range.from ? { from: range.from } : {}),
      ...(range.to ? { to: range.to } : {}),
      ...(debouncedFocus.trim() ? { focus: debouncedFocus.trim() } : {}),
      ...(debouncedAudience.trim() ? { audience: debouncedAudience.trim() } : {})
    }),
    [range, debouncedFocus, debouncedAudience]
  )
  const badRange = range.from && range.to && range.from > range.to ? 'The start date is after the end date.' : undefined
  const engine = settings.data?.settings.engine
  const open = openId && opened.data?.id === openId ? opened.data : undefined

  return (
    <Stack p="md" gap="md">
      <Group justify="space-between">
        <Title order={2}>Drafts</Title>
        <Text size="sm" c="dimmed">
          Engine:{' '}
          {engine === 'builtin'
            ? 'Built-in (offline)'
            : engine === 'openai'
              ? 'OpenAI'
              : engine === 'compatible'
                ? 'OpenAI-compatible'
                : '…'}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => go('settings')}>
            Change
          </Button>
        </Text>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              Impact summary
            </Title>
            <Text size="sm" c="dimmed">
              Your wins over a period, grouped by theme, impact first. Every amount, date and citation is checked against the entries the
              draft cites.
            </Text>
            <Group gap="xs">
              {PERIODS.map((p) => (
                <Button key={p.label} size="compact-sm" variant="light" onClick={() => setRange(p.range())}>
                  {p.label}
                </Button>
              ))}
            </Group>
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label="From"
                value={range.from}
                onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
              />
              <TextInput type="date" label="To" value={range.to} onChange={(e) => setRange({ ...range, to: e.currentTarget.value })} />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label="Focus (optional)"
                placeholder="e.g. reliability, the platform goal"
                value={focus}
                onChange={(e) => setFocus(e.currentTarget.value)}
              />
              <TextInput
                label="Audience (optional)"
                placeholder="e.g. my skip-level"
                value={audience}
                onChange={(e) => setAudience(e.currentTarget.value)}
              />
            </Group>
            <DraftPanel
              kind="summary"
              params={params}
              title={`Impact summary ${range.from} – ${range.to}`}
              savedDraftId={savedId}
              onSaved={(d) => {
                setSavedId(d.id)
                setOpenId(d.id)
              }}
              generateLabel="Generate summary"
              disabledReason={badRange}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              Saved drafts
            </Title>
            <PagedVirtualList
              route="drafts.page"
              filter={{}}
              label="Saved drafts"
              estimateSize={62}
              height={open ? '240px' : 'calc(100dvh - 220px)'}
              keyOf={(d) => d.id}
              empty={
                <Text size="sm" c="dimmed">
                  Nothing saved yet. Generate a draft and press Save draft; saving again keeps earlier versions.
                </Text>
              }
            >
              {(d) => (
                <NavLink
                  component="button"
                  type="button"
                  label={d.title}
                  description={`${d.versions.length === 1 ? '1 version' : `${d.versions.length} versions`} · ${formatDay(d.updatedAt.slice(0, 10))}`}
                  active={d.id === openId}
                  onClick={() => setOpenId(d.id === openId ? null : d.id)}
                />
              )}
            </PagedVirtualList>
            {open && <SavedDraftView key={open.id + open.versions.length} draft={open} onContinue={() => setSavedId(open.id)} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
