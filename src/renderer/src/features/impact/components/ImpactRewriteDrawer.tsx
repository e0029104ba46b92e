import { useEffect, useState } from 'react'
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  List,
  Loader,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconHistory, IconQuestionMark } from '@tabler/icons-react'
import type { ImpactRewrite } from '@shared/domain/impact'
import {
  closeImpactRewrite,
  useApplyRewrite,
  useImpactHistory,
  useImpactRewrite,
  useOpenRewrite,
  useRevertRewrite
} from '../hooks/useImpact'
import { DraftPanel } from '../../drafts'
import { PlaceholderText } from './PlaceholderText'

type Form = 'xyz' | 'star'
const textFor = (r: ImpactRewrite, form: Form) => (form === 'xyz' ? r.xyz : r.starText)

function StrengthMeter({ rewrite }: { rewrite: ImpactRewrite }) {
  const s = rewrite.strength
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Impact strength
        </Text>
        <Badge variant="light" color={['gray', 'yellow', 'teal', 'green'][s.rank]} tt="none">
          {s.label}
        </Badge>
      </Group>
      <Progress
        value={((s.rank + 1) / 4) * 100}
        color={['gray', 'yellow', 'teal', 'green'][s.rank]}
        aria-label={`Impact strength ${s.label}`}
      />
      <Text size="xs" c="dimmed">
        Task only → Outcome → Measured outcome → Measured outcome with scope
      </Text>
      <Text size="sm">
        <b>One thing that would strengthen it:</b> {s.next}
      </Text>
    </Stack>
  )
}

/** The rewrite panel: XYZ or STAR from the win's own words, editable, applied with one click (versioned). */
export function ImpactRewriteDrawer() {
  const winId = useOpenRewrite()
  const rewrite = useImpactRewrite(winId)
  const history = useImpactHistory(winId)
  const apply = useApplyRewrite()
  const revert = useRevertRewrite()
  const [form, setForm] = useState<Form>('xyz')
  const [text, setText] = useState('')
  const [edited, setEdited] = useState(false)
  const [applied, setApplied] = useState(false)

  useEffect(() => {
    if (rewrite.data && !edited) setText(textFor(rewrite.data, form))
  }, [rewrite.data, form, edited])
  useEffect(() => {
    setEdited(false)
    setApplied(false)
    setForm('xyz')
  }, [winId])

  const onApply = async () => {
    if (!winId) return
    try {
      await apply.mutateAsync({ winId, text, form: edited ? 'edited' : form })
      // Said inside the drawer: a toast would sit on top of the history list below.
      setApplied(true)
      setEdited(false)
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not applied', message: (error as Error).message })
    }
  }

  const r = rewrite.data
  return (
    <Drawer opened={winId !== null} onClose={closeImpactRewrite} position="right" size="lg" title={<Title order={3}>Rewrite impact</Title>}>
      {rewrite.isPending ? (
        <Loader aria-label="Loading rewrite" />
      ) : rewrite.isError || !r ? (
        <Alert color="red">Could not rewrite: {rewrite.error?.message}</Alert>
      ) : (
        <Stack gap="md">
          <StrengthMeter rewrite={r} />
          {r.questions.length > 0 && (
            <Alert color="yellow" icon={<IconQuestionMark size={18} />} title="Loopwise will not invent these — answer them">
              <List size="sm" spacing={2}>
                {r.questions.map((q) => (
                  <List.Item key={q}>{q}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <SegmentedControl
            aria-label="Rewrite form"
            value={form}
            onChange={(v) => {
              setForm(v as Form)
              setEdited(false)
            }}
            data={[
              { value: 'xyz', label: 'XYZ: accomplished X, measured by Y, by doing Z' },
              { value: 'star', label: 'STAR' }
            ]}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Preview
            </Text>
            <PlaceholderText text={text} />
          </Stack>
          <Textarea
            label="New impact text"
            description="Edit freely: replace each [placeholder?] with a fact you have."
            autosize
            minRows={4}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value)
              setEdited(true)
              setApplied(false)
            }}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Drawn from: this win{r.sourceIds.length > 1 ? ' and the commitment it delivered' : ''}.
            </Text>
            <Button leftSection={<IconCheck size={16} />} onClick={onApply} loading={apply.isPending} disabled={!text.trim()}>
              Apply to win
            </Button>
          </Group>
          {applied && (
            <Text size="sm" c="teal" role="status">
              Applied to the win. The previous text is kept in its history below.
            </Text>
          )}
          <Accordion variant="separated">
            <Accordion.Item value="engine">
              <Accordion.Control>Richer rewrite of this win with your drafting engine</Accordion.Control>
              <Accordion.Panel>
                <DraftPanel
                  kind="impact-statement"
                  params={{ winId: winId ?? undefined, focus: r.xyz.replace(/\[[^\]]*\?\]/g, ' ') }}
                  title="Impact statement"
                  generateLabel="Draft this win"
                />
              </Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="several">
              <Accordion.Control>Impact statements for several wins (your strongest few, not just this one)</Accordion.Control>
              <Accordion.Panel>
                <DraftPanel kind="impact-statement" params={{}} title="Impact statements" generateLabel="Draft several wins" />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <Stack gap={6}>
            <Group gap={6}>
              <IconHistory size={16} />
              <Text size="sm" fw={600}>
                Impact history
              </Text>
            </Group>
            {(history.data ?? []).length === 0 ? (
              <Text size="sm" c="dimmed">
                No rewrites applied yet.
              </Text>
            ) : (
              <List size="sm" spacing={6} aria-label="Impact history">
                {history.data!.map((v) => (
                  <List.Item key={v.id}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Text size="sm">
                        {new Date(v.at).toLocaleString()} · {v.form} · before: “{v.previous || '(empty)'}”
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => revert.mutate({ versionId: v.id })}
                        aria-label={`Restore the text from before ${new Date(v.at).toLocaleString()}`}
                      >
                        Restore
                      </Button>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Stack>
      )}
    </Drawer>
  )
}
