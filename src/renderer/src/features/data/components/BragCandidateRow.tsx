import { memo } from 'react'
import { Badge, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core'
import type { AppContract } from '@shared/api/contract'
import type { RouteOutput } from '@shared/api/define'
import { formatNumber, formatWrittenDate } from '../../../api/format'

export type Candidate = RouteOutput<AppContract, 'data.bragPreview'>[number] & { parsedDate: string }
type Metric = Candidate['metrics'][number]

const hedged = (n: number, q: Metric['qualifier']) => `${q ? `${q} ` : ''}${formatNumber(n)}`
/** "CI time: about 22 → 7 minutes", "Staging bill: 18,000 USD/month", "PRs: at least 120 PRs". */
export const metricText = (m: Metric) =>
  `${m.label}: ${m.baseline !== undefined ? `${hedged(m.baseline, m.baselineQualifier)} → ` : ''}${hedged(m.value, m.qualifier)}${m.unit ? ` ${m.unit}` : ''}`

function whenBadge(c: Candidate) {
  if (!c.date) return { color: 'orange', text: 'undated' }
  if (c.date !== c.parsedDate) return { color: 'gray', text: 'date: the day you picked' }
  return { color: 'gray', text: `written as ${c.datePrecision === 'day' ? 'that day' : formatWrittenDate(c.date, c.datePrecision)}` }
}

/** One candidate win: keep it or not, and every field the document gave, editable before saving. */
export const BragCandidateRow = memo(function BragCandidateRow({
  c,
  i,
  patch
}: {
  c: Candidate
  i: number
  patch(i: number, p: Partial<Candidate>): void
}) {
  const when = whenBadge(c)
  const n = i + 1
  return (
    <Group align="flex-start" wrap="nowrap" gap="xs" aria-label={`Candidate ${n}`} role="group">
      <Checkbox mt={8} aria-label={`Keep ${c.title}`} checked={c.keep} onChange={(e) => patch(i, { keep: e.currentTarget.checked })} />
      <Stack gap={4} style={{ flex: 1, opacity: c.keep ? 1 : 0.6 }}>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`Title ${n}`}
            value={c.title}
            onChange={(e) => patch(i, { title: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={`Date ${n}`}
            type="date"
            value={c.date}
            onChange={(e) => patch(i, { date: e.currentTarget.value })}
            w={150}
            error={!c.date && c.keep}
          />
        </Group>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Textarea
            aria-label={`What I did ${n}`}
            placeholder="What I did"
            autosize
            minRows={1}
            maxRows={4}
            size="xs"
            value={c.whatIDid}
            onChange={(e) => patch(i, { whatIDid: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <Textarea
            aria-label={`Impact ${n}`}
            placeholder="Impact: what changed, for whom"
            autosize
            minRows={1}
            maxRows={4}
            size="xs"
            value={c.impact}
            onChange={(e) => patch(i, { impact: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
        </Group>
        <Group gap={4}>
          <Badge size="xs" variant="light" color={when.color} tt="none">
            {when.text}
          </Badge>
          {c.metrics.map((m, k) => (
            <Badge key={k} size="xs" variant="outline" color="teal" tt="none">
              {metricText(m)}
            </Badge>
          ))}
          {c.tags.map((t) => (
            <Badge key={t} size="xs" variant="light" color="blue" tt="none">
              #{t}
            </Badge>
          ))}
          <Text size="xs" c="dimmed">
            line {c.line}
          </Text>
        </Group>
        {c.notes.map((note) => (
          <Text key={note} size="xs" c="orange.8">
            {note}
          </Text>
        ))}
      </Stack>
    </Group>
  )
})
