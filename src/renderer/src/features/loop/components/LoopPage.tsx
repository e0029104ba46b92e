import { type ReactNode, useDeferredValue, useEffect, useState } from 'react'
import { Button, Card, Group, List, SegmentedControl, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCalendarEvent, IconChecklist, IconHistory, IconListCheck, IconRepeat } from '@tabler/icons-react'
import type { CheckInPrefill } from '@shared/domain/loop'
import type { Person } from '@shared/domain/person'
import { useRoute } from '../../../api/queries'
import { useNavigation } from '../../../app/navigation'
import { CheckInForm } from './CheckInForm'
import { BackfillFlow } from './backfill/BackfillFlow'
import { CheckInList } from './CheckInList'
import { PagedVirtualList } from '../../../ui/PagedVirtualList'
import { CommitmentCard, LogWinOffer } from './CommitmentCard'
import type { Commitment } from '@shared/domain/commitment'
import { PrepareCheckIn } from './PrepareCheckIn'

function LoopEmptyState({ onBackfill }: { onBackfill(): void }) {
  const { go } = useNavigation()
  return (
    <Card withBorder padding="xl" maw={640}>
      <Stack>
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconRepeat />
        </ThemeIcon>
        <Title order={3}>The loop, one conversation at a time</Title>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>Do your current job well — ask how it is landing.</List.Item>
          <List.Item>Ask your manager how you can help: what are you trying to do, what blocks you?</List.Item>
          <List.Item>Do the one thing — exceptionally well.</List.Item>
          <List.Item>Ask for help with your own goals, as a win for both.</List.Item>
          <List.Item>Repeat: quarterly with your manager, lighter with your skip-level.</List.Item>
        </List>
        <Text size="sm">First add who you run it with; then log each check-in here. Already a year in? Enter it as it happened.</Text>
        <Group>
          <Button onClick={() => go('people', 'new')} w="fit-content">
            Add your manager
          </Button>
          <Button variant="light" onClick={onBackfill} w="fit-content">
            Enter your last year
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

export function LoopPage() {
  const { target, seq } = useNavigation()
  const [tab, setTab] = useState<string | null>('prepare')
  const [personId, setPersonId] = useState<string | undefined>()
  const [show, setShow] = useState<'open' | 'all'>('open')
  const [formKey, setFormKey] = useState(0)
  const [delivered, setDelivered] = useState<{ c: Commitment; on: string } | null>(null)
  const [prefill, setPrefill] = useState<CheckInPrefill | undefined>()
  const [backfilling, setBackfilling] = useState(false)
  const people = useRoute('people.list', {})
  // The page's first render (the agenda, its pickers and the draft panel) waits for this list.
  // Rendered from its deferred copy, that render is a background one that React splits into
  // short slices, instead of one long task the moment the list arrives.
  const peopleData = useDeferredValue(people.data)
  // A tab's panel mounts when it is first opened and then stays (a half-typed check-in survives a
  // look at the history). Mantine keeps every panel mounted from the start, which made opening
  // Loop one long task: the agenda, the whole check-in form and both lists at once.
  // A first visit mounts its panel in a background render after the tab row is on screen (from
  // the deferred tab, null on the page's first render), so the click and the panel's mount are
  // two short tasks rather than one long one.
  const [opened, setOpened] = useState<string[]>([])
  const mountTab = useDeferredValue(tab, null)
  if (mountTab && !opened.includes(mountTab)) setOpened([...opened, mountTab])
  const once = (value: string, panel: ReactNode) => (opened.includes(value) ? panel : null)

  useEffect(() => {
    if (target?.startsWith('new:')) {
      setPersonId(target.slice(4))
      setPrefill(undefined)
      setTab('log')
    } else if (target?.startsWith('prepare:')) {
      setPersonId(target.slice(8))
      setTab('prepare')
    } else if (target === 'backfill') {
      setBackfilling(true)
      setTab('backfill')
    } else if (target?.startsWith('commitment:')) {
      setShow('all')
      setTab('commitments')
    } else if (target) setTab('history')
  }, [target, seq])

  // Pickers offer the people you still run the loop with; names and items cover archived ones too (history).
  const all: Person[] = peopleData ?? []
  const list = all.filter((p) => !p.archived)
  const names = new Map(all.map((p) => [p.id, p.name]))
  const itemText = new Map(all.flatMap((p) => p.items.map((i) => [i.id, i.text] as const)))
  const goals = useRoute('goals.list', {})
  for (const g of goals.data ?? []) itemText.set(g.id, g.title)

  if (people.isPending || (people.data && !peopleData)) return null
  return (
    <Stack p="md" gap="md">
      <Title order={2}>Loop</Title>
      {list.length === 0 && backfilling ? null : list.length === 0 ? (
        <LoopEmptyState
          onBackfill={() => {
            setBackfilling(true)
            // Once the flow adds the person, the tabs appear with the flow still open (its draft is kept).
            setTab('backfill')
          }}
        />
      ) : (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="prepare" leftSection={<IconListCheck size={16} />}>
              Prepare next check-in
            </Tabs.Tab>
            <Tabs.Tab value="log" leftSection={<IconRepeat size={16} />}>
              Log a check-in
            </Tabs.Tab>
            <Tabs.Tab value="commitments" leftSection={<IconChecklist size={16} />}>
              Commitments
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
              Past check-ins
            </Tabs.Tab>
            <Tabs.Tab value="backfill" leftSection={<IconCalendarEvent size={16} />}>
              Your last year
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="prepare" pt="md">
            {once(
              'prepare',
              <PrepareCheckIn
                people={list}
                initialPersonId={personId}
                onLog={(id, agendaPrefill) => {
                  setPersonId(id)
                  setPrefill(agendaPrefill)
                  setFormKey((k) => k + 1)
                  setTab('log')
                }}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="log" pt="md">
            {once(
              'log',
              <CheckInForm
                key={`${formKey}-${personId ?? ''}`}
                people={list}
                initialPersonId={personId}
                prefill={prefill}
                onSaved={() => {
                  setPrefill(undefined)
                  setFormKey((k) => k + 1)
                  setTab('commitments')
                }}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="commitments" pt="md">
            {once(
              'commitments',
              <Stack gap="sm" maw={860}>
                <SegmentedControl
                  w="fit-content"
                  aria-label="Which commitments"
                  data={[
                    { value: 'open', label: 'Open' },
                    { value: 'all', label: 'All' }
                  ]}
                  value={show}
                  onChange={(v) => setShow(v as 'open' | 'all')}
                />
                <PagedVirtualList
                  key={show}
                  route="commitments.page"
                  filter={show === 'open' ? { open: true } : {}}
                  label={show === 'open' ? 'Open commitments' : 'All commitments'}
                  estimateSize={170}
                  keyOf={(c) => c.id}
                  empty={
                    <Text c="dimmed" size="sm">
                      {show === 'open'
                        ? 'No open commitments. The one thing you offer in a check-in becomes a commitment here — then deliver it exceptionally well.'
                        : 'No commitments yet.'}
                    </Text>
                  }
                >
                  {(c) => (
                    <CommitmentCard
                      c={c}
                      personName={c.personId ? names.get(c.personId) : undefined}
                      servesText={c.serves ? itemText.get(c.serves.id) : undefined}
                      onDelivered={(c, on) => setDelivered({ c, on })}
                    />
                  )}
                </PagedVirtualList>
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            {once('history', <CheckInList names={names} people={all} focusId={target && !target.includes(':') ? target : null} />)}
          </Tabs.Panel>
        </Tabs>
      )}
      {/* One stable place in the tree: the flow stays mounted when its first save adds the person and the tabs appear. */}
      {((list.length === 0 && backfilling) || (list.length > 0 && tab === 'backfill')) && <BackfillFlow people={list} />}
      <LogWinOffer delivered={delivered} onClose={() => setDelivered(null)} />
    </Stack>
  )
}
