import { Stack, Text } from '@mantine/core'
import type { Attempt } from '@shared/domain/interview'

const W = 360
const H = 120
const PAD = 24

/**
 * Overall score per attempt as a small SVG line chart. Hand-drawn on purpose: one series of a
 * few dozen points does not justify a charting library (and its bundle) in the renderer.
 */
export function AttemptsChart({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No attempts yet. Your scores over time will show here.
      </Text>
    )
  const n = attempts.length
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1))
  const y = (score: number) => H - PAD / 2 - (score / 100) * (H - PAD)
  const points = attempts.map((a, i) => `${x(i)},${y(a.feedback.overall)}`).join(' ')
  const first = attempts[0]!.feedback.overall
  const last = attempts.at(-1)!.feedback.overall
  const summary = `${n} attempt${n > 1 ? 's' : ''}: overall ${attempts.map((a) => a.feedback.overall).join(', ')}`
  return (
    <Stack gap={4}>
      <svg width="100%" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Scores over time. ${summary}`} style={{ maxWidth: W }}>
        {[0, 50, 100].map((g) => (
          <g key={g}>
            <line x1={PAD} x2={W - PAD / 2} y1={y(g)} y2={y(g)} stroke="var(--mantine-color-default-border)" strokeDasharray="3 3" />
            <text x={2} y={y(g) + 4} fontSize="10" fill="var(--mantine-color-dimmed)">
              {g}
            </text>
          </g>
        ))}
        <polyline points={points} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
        {attempts.map((a, i) => (
          <circle key={a.id} cx={x(i)} cy={y(a.feedback.overall)} r={4} fill="var(--mantine-color-blue-6)">
            <title>{`Attempt ${i + 1}: ${a.feedback.overall} (${new Date(a.at).toLocaleString()})`}</title>
          </circle>
        ))}
      </svg>
      <Text size="xs" c="dimmed" data-testid="attempts-summary">
        {summary}
        {n > 1 ? ` — ${last >= first ? '+' : ''}${last - first} since the first` : ''}
      </Text>
    </Stack>
  )
}
