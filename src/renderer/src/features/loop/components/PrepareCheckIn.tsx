import { useEffect, useMemo, useState } from 'react'
import { Alert, Card, Grid, SegmentedControl, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { DraftParams } from '@shared/domain/drafting'
import type { AgendaLength, AgendaVariant, CheckInPrefill, LoopOptions, Offer } from '@shared/domain/loop'
import { defaultMeetingDate } from '@shared/domain/meetingDate'
import type { Person } from '@shared/domain/person'
import { useRoute } from '../../../api/queries'
import { todayLocal } from '../../../api/format'
import { DraftPanel } from '../../drafts'
import { useLoopPlan } from '../hooks/useLoopPlan'
import { AgendaActions } from './AgendaActions'
import { CoachingNotes } from './CoachingNotes'
import { OffersList } from './OffersList'
import { offersFromRun, prefillFromRun } from '../model/structuredRun'
import type { DraftDoneEvent } from '@shared/domain/draftRun'

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const defaultVariant = (p: Person | undefined): AgendaVariant => (p?.role === 'skip-level' ? 'skip-level' : 'manager')

/**
 * "Prepare next check-in": pick a person, shape the agenda (variant, length, advanced mode,
 * meeting day), pin an offer, and generate. The built-in engine writes it at once; an LLM
 * engine streams the same grounded plan in richer prose through the shared DraftPanel.
 */
export function PrepareCheckIn({
  people,
  initialPersonId,
  onLog
}: {
  people: Person[]
  initialPersonId?: string
  onLog(personId: string, prefill: CheckInPrefill): void
}) {
  const [personId, setPersonId] = useState<string | null>(initialPersonId ?? people[0]?.id ?? null)
  const person = people.find((p) => p.id === personId)
  const [variant, setVariant] = useState<AgendaVariant>(defaultVariant(person))
  const [length, setLength] = useState<AgendaLength>('full')
  const [advanced, setAdvanced] = useState(false)
  const [meetingDate, setMeetingDate] = useState(todayLocal())
  // Until the user picks a day, the agenda is for the next meeting they have not had yet.
  const [dateEdited, setDateEdited] = useState(false)
  const cadences = useRoute('people.cadence', {})
  const cadence = cadences.data?.find((x) => x.person.id === personId)?.cadence
  const suggested = useMemo(() => defaultMeetingDate(cadence, todayLocal()), [cadence])
  const [ownIdea, setOwnIdea] = useState('')
  const [debouncedIdea] = useDebouncedValue(ownIdea.trim(), 400)
  const [pinned, setPinned] = useState<string | null>(null)
  const [savedIds, setSavedIds] = useState<Record<string, string>>({})
  const settings = useRoute('settings.get', {})
  // The last finished offers run's typed offers (model or built-in), shown like the plan's.
  const [modelOffers, setModelOffers] = useState<{ key: string; offers: Offer[] } | null>(null)

  useEffect(() => {
    if (initialPersonId) setPersonId(initialPersonId)
  }, [initialPersonId])
  // A new person starts from their own defaults: no pinned offer or typed idea, the variant of their role.
  useEffect(() => {
    setPinned(null)
    setOwnIdea('')
    setDateEdited(false)
    setVariant(defaultVariant(person))
  }, [personId]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!dateEdited) setMeetingDate(suggested.date)
  }, [suggested.date, dateEdited])

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(meetingDate)
  const options = useMemo<LoopOptions>(
    () => ({
      variant,
      length,
      advanced,
      ...(validDate ? { meetingDate } : {}),
      ...(pinned ? { pinnedOfferId: pinned } : {}),
      ...(debouncedIdea ? { ownIdea: debouncedIdea } : {})
    }),
    [variant, length, advanced, meetingDate, validDate, pinned, debouncedIdea]
  )
  const plan = useLoopPlan(personId, options)
  const params = useMemo<DraftParams>(() => ({ personId: personId ?? undefined, loop: options }), [personId, options])
  const engine = settings.data?.settings.engine
  const p = plan.data
  const offersKey = `offers|${engine}|${JSON.stringify(params)}`
  const onOffersDone = (r: DraftDoneEvent) => {
    const offers = offersFromRun(r)
    setModelOffers(offers ? { key: offersKey, offers } : null)
  }
  const shownModelOffers = modelOffers?.key === offersKey ? modelOffers.offers : null

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="sm">
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Select
                label="Check-in with"
                allowDeselect={false}
                data={people.map((x) => ({ value: x.id, label: `${x.name} (${x.role})` }))}
                value={personId}
                onChange={setPersonId}
              />
              <TextInput
                label="Meeting on"
                type="date"
                description={
                  !dateEdited && suggested.after
                    ? `You already have a check-in logged on ${suggested.after}: this agenda is for the next one.`
                    : '“Last time” is the check-in before this day.'
                }
                value={meetingDate}
                onChange={(e) => {
                  setDateEdited(true)
                  setMeetingDate(e.currentTarget.value)
                }}
              />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  Agenda for
                </Text>
                <SegmentedControl
                  aria-label="Agenda for"
                  data={[
                    { value: 'manager', label: 'Manager' },
                    { value: 'skip-level', label: 'Skip-level (lighter)' }
                  ]}
                  value={variant}
                  onChange={(v) => setVariant(v as AgendaVariant)}
                />
              </div>
              <div>
                <Text size="sm" fw={500} mb={4}>
                  Length
                </Text>
                <SegmentedControl
                  aria-label="Length"
                  data={[
                    { value: 'full', label: 'Full 1:1 (30 min)' },
                    { value: 'short', label: '5-minute slot' }
                  ]}
                  value={length}
                  onChange={(v) => setLength(v as AgendaLength)}
                />
              </div>
              <Switch
                label="Advanced mode"
                description="For an established loop at senior levels: anticipate their needs, propose a solution, keep them informed."
                checked={advanced}
                onChange={(e) => setAdvanced(e.currentTarget.checked)}
                disabled={variant === 'skip-level'}
              />
              <TextInput
                label="Your own idea for the one thing (optional)"
                description="Checked as you type by the same rules as the suggestions. While it is here, it is the offer in your agenda."
                placeholder="e.g. Run the planning-tool rollout"
                value={ownIdea}
                onChange={(e) => setOwnIdea(e.currentTarget.value)}
                maxLength={300}
              />
              {p && debouncedIdea && p.pinnedOfferId?.startsWith('own:') && (
                <Text size="xs" c="teal" role="status">
                  Your idea is the offer in the agenda
                  {p.offers.find((o) => o.origin === 'yours')?.flags.length ? ' — see the warnings beside it' : ''}. Clear the box to go
                  back to the suggestions.
                </Text>
              )}
            </Stack>
          </Card>
          {plan.error && <Alert color="red">{plan.error.message}</Alert>}
          {p && (
            <Alert
              color={p.cadence.warning ? 'orange' : 'blue'}
              title={p.firstLoop ? 'First loop' : p.cadence.warning ? p.cadence.warning.split(':')[0] : 'Cadence'}
              aria-label="Cadence"
            >
              <Text size="sm">{p.cadence.note}</Text>
              {p.cadence.warning && <Text size="sm">{capitalise(p.cadence.warning.replace(/^[^:]+:\s*/, ''))}</Text>}
            </Alert>
          )}
          {p && p.coaching.length > 0 && <CoachingNotes notes={p.coaching} />}
          {p && <OffersList offers={p.offers} pinnedId={p.pinnedOfferId} onPin={setPinned} />}
          {p && engine && engine !== 'builtin' && p.person.id === personId && (
            <Stack gap={4} component="section" aria-label="Richer offers">
              <Text size="sm" fw={500}>
                Richer offers from your model
              </Text>
              <Text size="xs" c="dimmed">
                The same candidates and history, rewritten by the model; numbers it adds are checked against your history.
              </Text>
              <DraftPanel
                key={offersKey}
                kind="offers"
                params={params}
                title={`Offers: ${p.person.name}, ${validDate ? meetingDate : todayLocal()}`}
                generateLabel="Draft offers"
                onDone={onOffersDone}
              />
              {shownModelOffers && (
                <OffersList
                  label="Offers from your model"
                  offers={shownModelOffers}
                  pinnedId={null}
                  // A model's offer goes into the agenda as your own idea, checked like one.
                  onPin={(id) => setOwnIdea(shownModelOffers.find((o) => o.id === id)?.title ?? ownIdea)}
                />
              )}
            </Stack>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm" component="section" aria-label="Agenda">
          <Title order={3}>Agenda{person ? ` — ${person.name}` : ''}</Title>
          {personId && p && p.person.id === personId && (
            <DraftPanel
              key={`${engine}|${JSON.stringify(params)}`}
              kind="agenda"
              params={params}
              title={`Agenda: ${p.person.name}, ${validDate ? meetingDate : todayLocal()}`}
              generateLabel="Generate agenda"
              autoStart={engine === 'builtin'}
              savedDraftId={savedIds[personId] ?? null}
              onSaved={(d) => setSavedIds((s) => ({ ...s, [personId]: d.id }))}
              extraActions={(text, result) => (
                <AgendaActions
                  text={text}
                  // The title reads the day in prose; a file name keeps the ISO day, which sorts.
                  fileName={`Agenda: ${p.person.name}, ${p.meetingDate}`}
                  personId={personId}
                  onLog={() => onLog(personId, prefillFromRun(result, p.prefill))}
                />
              )}
            />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
