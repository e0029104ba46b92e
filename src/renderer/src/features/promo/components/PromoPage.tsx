import { useEffect, useState } from 'react'
import { Accordion, Alert, Autocomplete, Button, Card, Group, Loader, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypeDocx, IconMarkdown, IconPrinter, IconStack2 } from '@tabler/icons-react'
import { ApiError } from '../../../api/client'
import { downloadExport, useBuildPacket, useLadder, useMoveItem, usePacket, usePacketList, usePromoDefaults } from '../hooks/usePromo'
import { setPromoForm, usePromoForm } from '../hooks/promoForm'
import { LadderPanel } from './LadderPanel'
import { DraftPanel } from '../../drafts'
import { PacketView } from './PacketView'
import './print.css'

const lines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

const versions = (n: number) => `${n} ${n === 1 ? 'version' : 'versions'}`

export function PromoPage() {
  const form = usePromoForm()
  const { from, to, targetLevel, criteria, packetId, version } = form
  const defaults = usePromoDefaults(form.filled ? targetLevel.trim() : undefined)
  const ladder = useLadder()
  const list = usePacketList()
  const build = useBuildPacket()
  const move = useMoveItem()
  const record = usePacket(packetId)
  const setVersion = (v: string | null) => setPromoForm({ version: v })
  const [errors, setErrors] = useState<Record<string, string>>({})

  // First visit: the defaults fill the form once; later visits keep what was typed. Not from an
  // answer being refetched: after a data-set change the cached one is the old data's.
  useEffect(() => {
    if (!defaults.data || form.filled || defaults.isFetching) return
    setPromoForm({
      from: defaults.data.from,
      to: defaults.data.to,
      targetLevel: defaults.data.targetLevel,
      criteria: defaults.data.criteria.join('\n'),
      filled: true
    })
  }, [defaults.data, defaults.isFetching, form.filled])

  // A new target level brings its ladder criteria, unless the user wrote their own.
  useEffect(() => {
    const d = defaults.data
    if (!d || !form.filled || form.criteriaEdited || d.targetLevel !== targetLevel.trim()) return
    const next = d.criteria.join('\n')
    if (next !== criteria) setPromoForm({ criteria: next })
  }, [defaults.data, form.filled, form.criteriaEdited, targetLevel, criteria])

  // Opening a saved packet loads its settings, so the next build is a new version of it.
  const latestVersion = record.data?.versions.at(-1)
  useEffect(() => {
    if (!latestVersion) return
    const s = latestVersion.packet.settings
    setPromoForm({ from: s.from, to: s.to, targetLevel: s.targetLevel, criteria: s.criteria.join('\n'), criteriaEdited: true })
  }, [latestVersion])

  const onBuild = async (asNew: boolean) => {
    setErrors({})
    try {
      const r = await build.mutateAsync({
        packetId: asNew ? undefined : (packetId ?? undefined),
        settings: { from, to, targetLevel, criteria: lines(criteria) }
      })
      setPromoForm({ packetId: r.id, version: String(r.versions.at(-1)!.version) })
      notifications.show({ color: 'teal', message: `Packet built (version ${r.versions.length}).`, autoClose: 2500 })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        setErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k.replace(/^settings\./, ''), v])))
        return
      }
      notifications.show({ color: 'red', title: 'Not built', message: (error as Error).message })
    }
  }

  const shown = record.data?.versions.find((v) => String(v.version) === version) ?? record.data?.versions.at(-1)
  const onExport = async (format: 'markdown' | 'docx') => {
    if (!record.data || !shown) return
    try {
      const name = await downloadExport(record.data.id, shown.version, format)
      notifications.show({ color: 'teal', title: 'Exported', message: name, autoClose: 3000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export failed', message: (error as Error).message })
    }
  }

  return (
    <Stack p="md" gap="md">
      <Group justify="space-between" className="lw-no-print">
        <Title order={2}>Promo packet</Title>
        <Select
          aria-label="Saved packets"
          placeholder={list.data?.length ? 'Open a saved packet' : 'No saved packets yet'}
          data={(list.data ?? []).map((p) => ({ value: p.id, label: `${p.targetLevel}, ${p.from} to ${p.to} (${versions(p.versions)})` }))}
          value={packetId}
          onChange={(id) => setPromoForm({ packetId: id, version: null })}
          clearable
          w={360}
        />
      </Group>
      <Card withBorder padding="md" className="lw-no-print" component="section" aria-label="Packet settings">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Compiles your wins and delivered commitments for the period into the sections promo committees look for. Every claim links to
            the entries it came from; numbers are checked against your history.
          </Text>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="From"
              value={from}
              onChange={(e) => setPromoForm({ from: e.currentTarget.value })}
              error={errors.from}
            />
            <TextInput type="date" label="To" value={to} onChange={(e) => setPromoForm({ to: e.currentTarget.value })} error={errors.to} />
            <Autocomplete
              label="Target level"
              description={
                defaults.data?.level
                  ? `${defaults.data.level.code} · ${defaults.data.level.name}: ${defaults.data.level.scope}`
                  : 'Not on your ladder: criteria stay as you write them.'
              }
              data={[...new Set((ladder.data?.ladder.levels ?? []).map((l) => l.name))]}
              value={targetLevel}
              onChange={(v) => setPromoForm({ targetLevel: v, criteriaEdited: false })}
              error={errors.targetLevel}
            />
          </Group>
          <Textarea
            label="Criteria for the target level"
            description="From your ladder for this level, one per line. Use your company’s wording; gaps and the review checklist follow these."
            autosize
            minRows={3}
            value={criteria}
            onChange={(e) => setPromoForm({ criteria: e.currentTarget.value, criteriaEdited: true })}
            error={Object.entries(errors).find(([k]) => k.startsWith('criteria'))?.[1]}
          />
          <Group>
            <Button leftSection={<IconStack2 size={16} />} onClick={() => onBuild(!packetId)} loading={build.isPending}>
              {packetId ? 'Build a new version' : 'Build packet'}
            </Button>
            {packetId && (
              <Button variant="default" onClick={() => onBuild(true)}>
                Start a separate packet
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      {defaults.isPending || (packetId && record.isPending) ? <Loader aria-label="Loading packet" /> : null}
      {record.isError && <Alert color="red">{record.error.message}</Alert>}
      {record.data && shown && (
        <>
          <Group className="lw-no-print" gap="sm">
            <Select
              aria-label="Version"
              data={record.data.versions.map((v) => ({
                value: String(v.version),
                label: `Version ${v.version} — ${new Date(v.at).toLocaleString()}`
              }))}
              value={String(shown.version)}
              onChange={setVersion}
              w={300}
              allowDeselect={false}
            />
            <Button variant="light" leftSection={<IconMarkdown size={16} />} onClick={() => onExport('markdown')}>
              Export Markdown
            </Button>
            <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} onClick={() => onExport('docx')}>
              Export DOCX
            </Button>
            <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              Print / Save as PDF
            </Button>
          </Group>
          <Card withBorder padding="lg">
            <PacketView
              packet={shown.packet}
              onMove={
                shown.version === record.data.versions.at(-1)!.version
                  ? (winId, to) =>
                      move.mutate(
                        { packetId: record.data!.id, winId, to },
                        { onError: (e) => notifications.show({ color: 'red', title: 'Not moved', message: e.message }) }
                      )
                  : undefined
              }
            />
          </Card>
          <Accordion variant="separated" className="lw-no-print">
            <Accordion.Item value="engine">
              <Accordion.Control>Write it up with your drafting engine (streams; same sources and numbers check)</Accordion.Control>
              <Accordion.Panel>
                <DraftPanel
                  kind="promo-packet"
                  params={{
                    from: shown.packet.settings.from,
                    to: shown.packet.settings.to,
                    focus: shown.packet.settings.targetLevel,
                    audience: 'promotion committee'
                  }}
                  title={`Promo packet — ${shown.packet.settings.targetLevel}`}
                  generateLabel="Draft the packet"
                />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      )}
      <LadderPanel />
    </Stack>
  )
}
