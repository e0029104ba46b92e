import { useEffect, useState } from 'react'
import { Accordion, Alert, Button, Card, Group, Loader, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypeDocx, IconMarkdown, IconPrinter, IconStack2 } from '@tabler/icons-react'
import { ApiError } from '../../../api/client'
import { downloadExport, useBuildPacket, usePacket, usePacketList, usePromoDefaults } from '../hooks/usePromo'
import { DraftPanel } from '../../drafts'
import { PacketView } from './PacketView'
import './print.css'

const lines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

export function PromoPage() {
  const defaults = usePromoDefaults()
  const list = usePacketList()
  const build = useBuildPacket()
  const [packetId, setPacketId] = useState<string | null>(null)
  const [version, setVersion] = useState<string | null>(null)
  const record = usePacket(packetId)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [targetLevel, setTargetLevel] = useState('')
  const [criteria, setCriteria] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    if (!defaults.data || targetLevel) return
    setFrom(defaults.data.from)
    setTo(defaults.data.to)
    setTargetLevel(defaults.data.targetLevel)
    setCriteria(defaults.data.criteria.join('\n'))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [defaults.data])

  // Opening a saved packet loads its settings, so the next build is a new version of it.
  useEffect(() => {
    const latest = record.data?.versions.at(-1)
    if (!latest) return
    const s = latest.packet.settings
    setFrom(s.from)
    setTo(s.to)
    setTargetLevel(s.targetLevel)
    setCriteria(s.criteria.join('\n'))
    setVersion(String(latest.version))
  }, [record.data])

  const onBuild = async (asNew: boolean) => {
    setErrors({})
    try {
      const r = await build.mutateAsync({
        packetId: asNew ? undefined : (packetId ?? undefined),
        settings: { from, to, targetLevel, criteria: lines(criteria) }
      })
      setPacketId(r.id)
      setVersion(String(r.versions.at(-1)!.version))
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
          data={(list.data ?? []).map((p) => ({ value: p.id, label: `${p.targetLevel}, ${p.from} to ${p.to} (${p.versions} versions)` }))}
          value={packetId}
          onChange={setPacketId}
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
              label="From"
              placeholder="2026-01-01"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={errors.from}
            />
            <TextInput label="To" placeholder="2026-06-30" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
            <TextInput
              label="Target level"
              value={targetLevel}
              onChange={(e) => setTargetLevel(e.currentTarget.value)}
              error={errors.targetLevel}
            />
          </Group>
          <Textarea
            label="Criteria for the target level"
            description="One per line. Use your company’s wording; gaps are found against these."
            autosize
            minRows={3}
            value={criteria}
            onChange={(e) => setCriteria(e.currentTarget.value)}
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
            <PacketView packet={shown.packet} />
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
    </Stack>
  )
}
