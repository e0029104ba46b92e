import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react'
import { Alert, Badge, Button, Card, Divider, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCopy, IconDeviceFloppy, IconEye, IconPlayerStop, IconRefresh, IconSparkles } from '@tabler/icons-react'
import type { DraftParams, DraftSource, SavedDraft } from '@shared/domain/drafting'
import type { DraftDoneEvent } from '@shared/domain/draftRun'
import { useRouteMutation } from '../../../api/queries'
import { useNavigation, type SectionId } from '../../../app/navigation'
import { useDraftRun, type RunState } from '../hooks/useDraftRun'
import { DraftText } from './DraftText'
import { PromptModal } from './PromptModal'
import { SourcesList } from './SourcesList'
import { TrustNotes } from './TrustNotes'

const STATUS: Record<Exclude<RunState, 'idle'>, { label: string; color: string }> = {
  starting: { label: 'Waiting for the first words…', color: 'gray' },
  streaming: { label: 'Writing…', color: 'blue' },
  complete: { label: 'Complete', color: 'teal' },
  truncated: { label: 'Truncated: hit the length limit', color: 'orange' },
  incomplete: { label: 'Incomplete: the stream ended early', color: 'orange' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  failed: { label: 'Failed', color: 'red' }
}

/**
 * The reusable streaming-draft panel: any registered draft kind (summary, agenda, offer,
 * impact statement…) gets generate / stop / regenerate / copy / save-as-version / show
 * prompt / sources / numbers-guard highlights by rendering this.
 *
 * Props:
 * - kind: a draft kind id registered in src/main/core/features/drafting/kinds/registry.ts.
 * - params: DraftParams for that kind (period, focus, person, tags, audience); sent as-is.
 * - title: the default title when saving.
 * - savedDraftId: when set, Save adds a new version to that saved draft instead of a new one.
 * - onSaved(draft): called with the saved draft (all versions) after a save.
 * - onOpenSource(source): open a cited entry; defaults to opening wins in the Wins section.
 * - generateLabel: the primary button's label (default "Generate").
 * - disabledReason: when set, Generate is disabled and this sentence says why.
 * - autoStart: generate once on mount (for the instant built-in engine; remount with a key to redo).
 * - extraActions(text, result): more buttons beside Copy once a draft is done (export, print…).
 * - onDone(result): once per finished run (its typed `structured` output feeds other panels).
 */
export interface DraftPanelProps {
  kind: string
  params: DraftParams
  title: string
  savedDraftId?: string | null
  onSaved?(draft: SavedDraft): void
  onOpenSource?(source: DraftSource): void
  generateLabel?: string
  disabledReason?: string
  autoStart?: boolean
  extraActions?(text: string, result: DraftDoneEvent): ReactNode
  onDone?(result: DraftDoneEvent): void
}

/** Where a cited entry lives; a goal or blocker heard from someone has no page of its own. */
function sourceTarget(s: DraftSource): [SectionId, string] | null {
  switch (s.kind) {
    case 'win':
      return ['wins', s.id]
    case 'checkIn':
      return ['loop', s.id]
    case 'commitment':
      return ['loop', `commitment:${s.id}`]
    case 'person':
      return ['people', s.id]
    case 'goal':
    case 'profile':
      return ['people', 'profile']
    default:
      return null
  }
}

/** Seconds left before a rate-limited provider said to retry (429 Retry-After). */
function useRetryCountdown(retryAfterSec: number | undefined, runId: string | undefined): number {
  const [left, setLeft] = useState(0)
  useEffect(() => {
    if (!retryAfterSec) return setLeft(0)
    const until = Date.now() + retryAfterSec * 1000
    const tick = () => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000)))
    tick()
    const timer = setInterval(tick, 500)
    return () => clearInterval(timer)
  }, [retryAfterSec, runId])
  return left
}

export function DraftPanel(props: DraftPanelProps) {
  const run = useDraftRun()
  const { go } = useNavigation()
  const saveDraft = useRouteMutation('drafts.save')
  const textRef = useRef<HTMLDivElement>(null)
  const [title, setTitle] = useState(props.title)
  const [showPrompt, setShowPrompt] = useState(false)
  const [saving, setSaving] = useState(false)
  const r = run.result
  const waitSec = useRetryCountdown(r?.error?.retryAfterSec, r?.runId)
  const busy = run.state === 'starting' || run.state === 'streaming'
  const autoStarted = useRef(false)
  const reportDone = useEffectEvent((result: DraftDoneEvent) => props.onDone?.(result))
  useEffect(() => {
    if (r) reportDone(r)
  }, [r])
  useEffect(() => {
    if (!props.autoStart || props.disabledReason || autoStarted.current) return
    autoStarted.current = true
    void run.start(props.kind, props.params)
  }, []) // eslint-disable-line react-hooks/exhaustive-deps -- once per mount by design
  const openSource = (s: DraftSource) => {
    if (props.onOpenSource) return props.onOpenSource(s)
    const target = sourceTarget(s)
    if (target) go(...target)
  }
  const canOpen = (s: DraftSource) => Boolean(props.onOpenSource) || sourceTarget(s) !== null

  const copy = async () => {
    const html = textRef.current?.innerHTML ?? ''
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([run.text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' })
          })
        ])
      } else await navigator.clipboard.writeText(run.text)
      const flagged = r?.flags.length ?? 0
      notifications.show({
        color: flagged ? 'yellow' : 'teal',
        message: flagged
          ? `Copied. ${flagged === 1 ? 'One amount or citation is' : `${flagged} amounts or citations are`} still not backed by this draft’s sources: check before sharing.`
          : 'Copied as Markdown and rich text.',
        autoClose: flagged ? 5000 : 2000
      })
    } catch {
      notifications.show({ color: 'red', message: 'The clipboard is not available here. Select the text and copy it by hand.' })
    }
  }

  const save = async () => {
    if (!r) return
    setSaving(true)
    try {
      const draft = await saveDraft.mutateAsync({
        draftId: props.savedDraftId ?? undefined,
        kind: props.kind,
        title: title.trim() || props.title,
        text: r.text,
        status: r.status,
        engine: r.engine,
        model: r.model,
        params: props.params,
        sources: r.sources
      })
      notifications.show({ color: 'teal', message: `Saved as version ${draft.versions.length} of “${draft.title}”.`, autoClose: 2500 })
      props.onSaved?.(draft)
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not saved', message: (error as Error).message })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card withBorder padding="md" aria-label="Draft">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            {busy ? (
              <Button color="red" variant="light" leftSection={<IconPlayerStop size={16} />} onClick={() => void run.stop()}>
                Stop
              </Button>
            ) : run.state === 'idle' ? (
              <Button
                leftSection={<IconSparkles size={16} />}
                onClick={() => void run.start(props.kind, props.params)}
                disabled={Boolean(props.disabledReason)}
              >
                {props.generateLabel ?? 'Generate'}
              </Button>
            ) : (
              <Button
                leftSection={<IconRefresh size={16} />}
                onClick={() => void run.start(props.kind, props.params)}
                disabled={waitSec > 0 || Boolean(props.disabledReason)}
              >
                {waitSec > 0 ? `Regenerate in ${waitSec} s` : 'Regenerate'}
              </Button>
            )}
            <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => setShowPrompt(true)}>
              Show prompt
            </Button>
          </Group>
          {run.state !== 'idle' && (
            <Badge color={STATUS[run.state].color} variant="light" size="lg" aria-label={`Status: ${STATUS[run.state].label}`}>
              {STATUS[run.state].label}
            </Badge>
          )}
        </Group>
        {props.disabledReason && (
          <Text size="sm" c="dimmed">
            {props.disabledReason}
          </Text>
        )}
        {run.startError && <Alert color="red">{run.startError}</Alert>}
        {r?.error && (
          <Alert color={r.status === 'failed' ? 'red' : 'orange'} title={r.status === 'failed' ? 'The draft failed' : 'Heads up'}>
            {r.error.message}
          </Alert>
        )}
        {r && <TrustNotes result={r} />}
        {(run.text || busy) && (
          <div aria-live="polite" aria-busy={busy} data-testid="draft-output">
            <DraftText ref={textRef} text={run.text || '…'} flagged={r?.flags.map((f) => f.text)} />
          </div>
        )}
        {r && (
          <>
            <Text size="xs" c="dimmed">
              {r.engine === 'builtin' ? 'Built-in engine' : `${r.engine === 'openai' ? 'OpenAI' : 'Compatible server'} · ${r.model}`} ·
              first text {r.timings.firstTokenMs ?? '—'} ms · total {r.timings.totalMs} ms · {r.promptTokens} prompt tokens
            </Text>
            <Group gap="xs" align="flex-end">
              <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void copy()} disabled={!r.text}>
                Copy
              </Button>
              <TextInput
                aria-label="Draft title"
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                style={{ flex: 1 }}
                maw={360}
              />
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={saving} disabled={!r.text}>
                {props.savedDraftId ? 'Save as new version' : 'Save draft'}
              </Button>
            </Group>
            {props.extraActions && r.text && <Group gap="xs">{props.extraActions(r.text, r)}</Group>}
            <Divider />
            <Title order={4} size="h6">
              Sources
            </Title>
            <SourcesList sources={r.sources} cited={r.citedSourceIds} onOpen={openSource} canOpen={canOpen} />
          </>
        )}
      </Stack>
      <PromptModal opened={showPrompt} onClose={() => setShowPrompt(false)} kind={props.kind} params={props.params} />
    </Card>
  )
}
