import { useEffect } from 'react'
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Tooltip
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { winInputSchema, type WinInput } from '@shared/domain/win'
import { FormProblems } from '../../../forms/FormProblems'
import { withLimit } from '../../../forms/LimitCounter'
import { useZodForm } from '../../../forms/useZodForm'
import type { ZodFormSpec } from '../../../forms/zodForm'
import { formToWinInput, type WinFormValues } from './winFormValues'

interface Props {
  initial: WinFormValues
  knownTags: string[]
  submitLabel: string
  onSubmit(input: WinInput): Promise<unknown>
  onCancel(): void
}

/** The schema wins.create and wins.update validate with; form paths match the input's. */
const winFormSpec: ZodFormSpec<WinFormValues, typeof winInputSchema> = { schema: winInputSchema, toInput: (v) => formToWinInput(v) }

const LABELS: Record<string, string> = {
  date: 'Date',
  title: 'Title',
  whatIDid: 'What I did',
  impact: 'Result / impact',
  stakeholders: 'Stakeholders',
  tags: 'Tags'
}
const labelOf = (path: string) => {
  const m = /^(metrics|evidence)\.(\d+)\.(\w+)$/.exec(path)
  if (!m) return LABELS[path]
  return m[1] === 'metrics' ? `Metric ${Number(m[2]) + 1} ${m[3]}` : `Link ${Number(m[2]) + 1} ${m[3] === 'url' ? 'URL' : m[3]}`
}

export function WinForm({ initial, knownTags, submitLabel, onSubmit, onCancel }: Props) {
  const { form, limit, save } = useZodForm({ name: 'win', initialValues: initial, spec: winFormSpec })
  const labels = Object.fromEntries(Object.keys(form.errors).map((path) => [path, labelOf(path) ?? 'A field']))

  useEffect(() => {
    form.setInitialValues(initial)
    form.setValues(initial)
    // Only when a different win is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial])

  // A failed save keeps the form open with everything typed; the reason shows where it belongs.
  const submit = save((input) => onSubmit(input as WinInput))

  return (
    <form onSubmit={submit} noValidate aria-label="Win">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput type="date" label="Date" required {...form.getInputProps('date')} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Scope
            </Text>
            <SegmentedControl
              aria-label="Scope"
              data={[
                { value: 'self', label: 'Self' },
                { value: 'team', label: 'Team' },
                { value: 'org', label: 'Org' },
                { value: 'company', label: 'Company' }
              ]}
              {...form.getInputProps('scope')}
            />
          </Stack>
        </Group>
        <TextInput
          label="Title"
          placeholder="Led the planning-tool rollout for the product org"
          required
          data-autofocus
          {...form.getInputProps('title')}
          {...withLimit(form.values.title, limit('title'), 'text')}
        />
        <Textarea
          label="What I did"
          description="Your decisions and actions — the part only you can tell."
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('whatIDid')}
          {...withLimit(form.values.whatIDid, limit('whatIDid'))}
        />
        <Textarea
          label="Result / impact"
          description="Why it mattered: what changed, for whom, measured how."
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('impact')}
          {...withLimit(form.values.impact, limit('impact'))}
        />
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              Metrics
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('metrics', { label: '', value: '', unit: '', baseline: '' })}
            >
              Add metric
            </Button>
          </Group>
          {form.values.metrics.length === 0 && (
            <Text size="xs" c="dimmed">
              Only numbers you can back up. Loopwise never invents a metric.
            </Text>
          )}
          {form.values.metrics.map((_, i) => (
            <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Metric ${i + 1} label`}
                placeholder="Cycle time"
                style={{ flex: 3 }}
                {...form.getInputProps(`metrics.${i}.label`)}
              />
              <NumberInput
                aria-label={`Metric ${i + 1} value`}
                placeholder="Value"
                style={{ flex: 2 }}
                {...form.getInputProps(`metrics.${i}.value`)}
              />
              <TextInput
                aria-label={`Metric ${i + 1} unit`}
                placeholder="days"
                style={{ flex: 1.5 }}
                {...form.getInputProps(`metrics.${i}.unit`)}
              />
              <NumberInput
                aria-label={`Metric ${i + 1} baseline`}
                placeholder="Before"
                style={{ flex: 2 }}
                {...form.getInputProps(`metrics.${i}.baseline`)}
              />
              <Tooltip label="Remove metric">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={4}
                  aria-label={`Remove metric ${i + 1}`}
                  onClick={() => form.removeListItem('metrics', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
        <TagsInput
          label="Stakeholders"
          placeholder="Who cared about this? Press Enter after each"
          {...form.getInputProps('stakeholders')}
        />
        <TagsInput label="Tags" placeholder="strategy, hiring…" data={knownTags} {...form.getInputProps('tags')} />
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              Evidence links
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('evidence', { url: '', label: '' })}
            >
              Add link
            </Button>
          </Group>
          {form.values.evidence.map((_, i) => (
            <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Link ${i + 1} URL`}
                placeholder="https://…"
                style={{ flex: 3 }}
                {...form.getInputProps(`evidence.${i}.url`)}
              />
              <TextInput
                aria-label={`Link ${i + 1} label`}
                placeholder="Doc, dashboard…"
                style={{ flex: 2 }}
                {...form.getInputProps(`evidence.${i}.label`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={`Remove link ${i + 1}`}
                onClick={() => form.removeListItem('evidence', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <FormProblems form={form} labels={labels} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
