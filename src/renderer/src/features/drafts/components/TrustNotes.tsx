import { Alert, List, Text } from '@mantine/core'
import type { DraftDoneEvent } from '@shared/domain/draftRun'

const MAX_LISTED = 8

/**
 * What the trust guard found in a finished draft: each amount or citation its sources do not
 * back, with the reason in words; amounts worked out from the user's own baseline, with the
 * working; and how many amounts are labelled suggestions.
 */
export function TrustNotes({ result }: { result: DraftDoneEvent }) {
  const { flags, derived = [], suggestions = [] } = result
  return (
    <>
      {flags.length > 0 && (
        <Alert color="yellow" title="Check these before sharing">
          <Text size="sm">
            {flags.length === 1 ? 'One amount or citation is' : `${flags.length} amounts or citations are`} not backed by the sources this
            draft cites, and highlighted. Confirm {flags.length === 1 ? 'it' : 'them'} or replace with [metric?].
          </Text>
          <List size="sm" mt={6} aria-label="Why each is flagged">
            {flags.slice(0, MAX_LISTED).map((f) => (
              <List.Item key={`${f.start}-${f.end}`}>{f.reason}</List.Item>
            ))}
          </List>
          {flags.length > MAX_LISTED && (
            <Text size="xs" c="dimmed" mt={4}>
              And {flags.length - MAX_LISTED} more, highlighted in the text.
            </Text>
          )}
        </Alert>
      )}
      {derived.length > 0 && (
        <Alert color="blue" variant="light" title="Worked out from your own numbers">
          <List size="sm" aria-label="Derived amounts">
            {derived.slice(0, MAX_LISTED).map((d) => (
              <List.Item key={`${d.start}-${d.end}`}>
                {d.text}: {d.derivation}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {suggestions.length > 0 && (
        <Text size="xs" c="dimmed">
          {suggestions.length === 1 ? 'One amount is' : `${suggestions.length} amounts are`} Loopwise’s suggestion, labelled in the text
          (suggested, estimate — yours to set): yours to change.
        </Text>
      )}
    </>
  )
}
