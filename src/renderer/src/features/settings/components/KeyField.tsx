import { useState } from 'react'
import { Alert, Button, Checkbox, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { IconKey, IconLock, IconLockOpen } from '@tabler/icons-react'
import type { KeyStatus } from '@shared/domain/drafting'
import { useClearKey, useSetKey, useUpdateSettings } from '../hooks/useDraftingSettings'

/**
 * Write-only: the key goes to the main process and is never read back. The field is always
 * empty; the status line says whether a key is set, where it is sent, and how it is kept.
 */
export function KeyField(props: {
  engine: 'openai' | 'compatible'
  status: KeyStatus
  allowPlainText: boolean
  /** Desktop only: browser mode can never keep a key on disk. */
  canOptIn: boolean
  optional?: boolean
}) {
  const [value, setValue] = useState('')
  const setKey = useSetKey()
  const clearKey = useClearKey()
  const update = useUpdateSettings()
  const { status } = props
  const save = () =>
    setKey.mutate(
      { engine: props.engine, key: value },
      {
        onSuccess: () => setValue('')
      }
    )
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <PasswordInput
          label={props.optional ? 'API key (optional)' : 'API key'}
          description={
            status.present
              ? `A key is set${status.host ? ` and is sent only to ${status.host}` : ''}. Paste a new one to replace it.`
              : 'Paste a key. It stays in the main process and is never shown again.'
          }
          placeholder={status.present ? '•••••••• (set)' : 'sk-…'}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          autoComplete="off"
          style={{ flex: 1 }}
          error={setKey.error?.message}
        />
        <Button leftSection={<IconKey size={16} />} onClick={save} disabled={!value.trim()} loading={setKey.isPending}>
          Save key
        </Button>
        {status.present && status.source !== 'env' && (
          <Button variant="default" color="red" onClick={() => clearKey.mutate({ engine: props.engine })} loading={clearKey.isPending}>
            Forget key
          </Button>
        )}
      </Group>
      <Alert
        variant="light"
        color={status.persisted || status.canPersistSecurely ? 'teal' : 'yellow'}
        icon={status.persisted || status.canPersistSecurely ? <IconLock size={16} /> : <IconLockOpen size={16} />}
        p="xs"
      >
        <Text size="sm">{status.storageNote}</Text>
      </Alert>
      {props.canOptIn && !status.canPersistSecurely && (
        <Checkbox
          label="Keep the key on disk anyway (weak obfuscation, not real encryption)"
          checked={props.allowPlainText}
          onChange={(e) => update.mutate({ allowPlainTextKeyStorage: e.currentTarget.checked })}
        />
      )}
    </Stack>
  )
}
