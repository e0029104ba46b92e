import { Alert, Badge, Code, Group, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { DraftParams } from '@shared/domain/drafting'
import { routeQuery } from '../../../api/queries'

/** "Show prompt": the exact messages the core would send, fetched fresh before anything is sent. */
export function PromptModal(props: { opened: boolean; onClose(): void; kind: string; params: DraftParams }) {
  const preview = useQuery({
    ...routeQuery('drafts.preview', { kind: props.kind, params: props.params }),
    enabled: props.opened,
    // What is about to be sent is asked for again each time the dialog opens.
    staleTime: 0
  })
  const p = preview.data
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Exact prompt" size="xl">
      {preview.isPending ? (
        <Loader aria-label="Loading prompt" />
      ) : preview.isError ? (
        <Alert color="red">{preview.error.message}</Alert>
      ) : p ? (
        <Stack gap="sm">
          <Text size="sm">
            {p.host
              ? `These messages will be sent to ${p.host} (model ${p.model}).`
              : 'The built-in engine sends nothing anywhere. These are the messages an AI engine would receive.'}
          </Text>
          <Group gap="xs">
            <Badge variant="light">{p.promptTokens.toLocaleString()} prompt tokens</Badge>
            <Badge variant="light" color="gray">
              {p.usedEntries.toLocaleString()} of {p.consideredEntries.toLocaleString()} entries · {p.contextTokens.toLocaleString()}/
              {p.budget.toLocaleString()} context tokens
            </Badge>
          </Group>
          <ScrollArea.Autosize mah="60vh" viewportProps={{ tabIndex: 0, 'aria-label': 'The prompt' }}>
            <Stack gap="sm">
              {p.messages.map((m, i) => (
                <Stack key={i} gap={4}>
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    {m.role}
                  </Text>
                  <Code block style={{ whiteSpace: 'pre-wrap' }}>
                    {m.content}
                  </Code>
                </Stack>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}
    </Modal>
  )
}
