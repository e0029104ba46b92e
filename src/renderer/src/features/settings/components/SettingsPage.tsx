import { useEffect, useState } from 'react'
import {
  Alert,
  Autocomplete,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Slider,
  Stack,
  Switch,
  Text,
  TextInput,
  Title
} from '@mantine/core'
import { IconPlugConnected, IconCheck, IconAlertTriangle } from '@tabler/icons-react'
import { ENGINE_PRESETS, type DraftingSettings, type EngineId } from '@shared/domain/drafting'
import { useRoute } from '../../../api/queries'
import { useColorSchemeSetting } from '../../../app/colorScheme'
import { useDraftingSettings, useTestConnection, useUpdateSettings } from '../hooks/useDraftingSettings'
import { DataFolderCard } from './DataFolderCard'
import { KeyField } from './KeyField'

const ENGINE_HELP: Record<EngineId, string> = {
  builtin: 'Offline and instant. Drafts come from templates over your own entries: no key, no network, nothing leaves this computer.',
  openai: 'OpenAI’s API. Needs your API key; your selected entries are sent to api.openai.com.',
  compatible: 'Any server that speaks the OpenAI API: Ollama, LM Studio, llama.cpp… Local servers keep everything on this computer.'
}

/** Text fields save on blur, so typing does not write the store on every key. */
function BlurField(props: {
  label: string
  description?: string
  value: string
  onSave(v: string): void
  error?: string
  list?: string[]
}) {
  const [value, setValue] = useState(props.value)
  useEffect(() => setValue(props.value), [props.value])
  const common = {
    label: props.label,
    description: props.description,
    value,
    error: props.error,
    onBlur: () => value !== props.value && props.onSave(value.trim())
  }
  return props.list ? (
    <Autocomplete {...common} data={props.list} onChange={setValue} onOptionSubmit={(v) => props.onSave(v)} />
  ) : (
    <TextInput {...common} onChange={(e) => setValue(e.currentTarget.value)} />
  )
}

/** Light, dark or the system's choice: applied at once, remembered with your data. */
function AppearanceCard() {
  const scheme = useColorSchemeSetting()
  return (
    <Card withBorder padding="lg" component="section" aria-label="Appearance">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Appearance
        </Title>
        <SegmentedControl
          aria-label="Theme"
          w="fit-content"
          value={scheme.value}
          onChange={(v) => scheme.set(v as 'light' | 'dark' | 'auto')}
          data={[
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
            { value: 'auto', label: 'System' }
          ]}
        />
        <Text size="sm" c="dimmed">
          System follows your computer’s light or dark setting as it changes.
        </Text>
        {scheme.error && <Alert color="red">Your choice applies to this window but was not saved: {scheme.error.message}</Alert>}
      </Stack>
    </Card>
  )
}

/** On by default: the dashboard banner, and in the desktop app a system notification at most once a day. */
function RemindersCard({ on, desktop, onChange }: { on: boolean; desktop: boolean; onChange: (on: boolean) => void }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label="Reminders">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Reminders
        </Title>
        <Switch label="Remind me" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
        <Text size="sm" c="dimmed">
          A check-in due within a week or a commitment past its due day, from your own dates: shown on the dashboard
          {desktop ? ', and as a system notification at most once a day' : ''}.
        </Text>
      </Stack>
    </Card>
  )
}

export function SettingsPage() {
  const view = useDraftingSettings()
  const info = useRoute('app.info', {})
  const update = useUpdateSettings()
  const test = useTestConnection()
  const [models, setModels] = useState<string[]>([])

  if (view.isPending) return <Loader m="md" aria-label="Loading settings" />
  if (view.isError)
    return (
      <Alert color="red" m="md">
        Could not load settings: {view.error.message}
      </Alert>
    )
  const { settings, key } = view.data
  const save = (patch: Partial<DraftingSettings>) => update.mutate(patch)
  const runTest = (baseUrl?: string) =>
    test.mutate(
      { engine: settings.engine === 'openai' ? 'openai' : 'compatible', ...(baseUrl ? { baseUrl } : {}) },
      { onSuccess: (r) => setModels(r.models) }
    )

  return (
    <Stack p="md" gap="md" maw={820}>
      <Title order={2}>Settings</Title>
      <AppearanceCard />
      <RemindersCard on={settings.reminders} desktop={info.data?.mode === 'desktop'} onChange={(reminders) => save({ reminders })} />
      <Card withBorder padding="lg" component="section" aria-label="Drafting engine">
        <Stack gap="md">
          <Title order={3} size="h4">
            Drafting engine
          </Title>
          <SegmentedControl
            aria-label="Drafting engine"
            value={settings.engine}
            onChange={(engine) => {
              setModels([])
              test.reset()
              save({ engine: engine as EngineId })
            }}
            data={[
              { value: 'builtin', label: 'Built-in (offline)' },
              { value: 'openai', label: 'OpenAI' },
              { value: 'compatible', label: 'OpenAI-compatible' }
            ]}
          />
          <Text size="sm" c="dimmed">
            {ENGINE_HELP[settings.engine]}
          </Text>
          {update.error && <Alert color="red">{update.error.message}</Alert>}

          {settings.engine === 'compatible' && (
            <>
              <Group gap="xs">
                <Text size="sm">Presets:</Text>
                {ENGINE_PRESETS.map((p) => (
                  <Button
                    key={p.id}
                    size="compact-sm"
                    variant="light"
                    onClick={() => save({ compatibleBaseUrl: p.baseUrl, ...(p.model ? { compatibleModel: p.model } : {}) })}
                  >
                    {p.label}
                  </Button>
                ))}
              </Group>
              <BlurField
                label="Base URL"
                description="Where the server listens, ending in /v1."
                value={settings.compatibleBaseUrl}
                onSave={(v) => save({ compatibleBaseUrl: v })}
              />
              <BlurField label="Model" value={settings.compatibleModel} list={models} onSave={(v) => save({ compatibleModel: v })} />
            </>
          )}
          {settings.engine === 'openai' && (
            <BlurField label="Model" value={settings.openaiModel} list={models} onSave={(v) => save({ openaiModel: v })} />
          )}
          {settings.engine !== 'builtin' && (
            <>
              <KeyField
                engine={settings.engine}
                status={key}
                allowPlainText={settings.allowPlainTextKeyStorage}
                canOptIn={info.data?.mode === 'desktop'}
                optional={settings.engine === 'compatible'}
              />
              <Group>
                <Button leftSection={<IconPlugConnected size={16} />} variant="default" onClick={() => runTest()} loading={test.isPending}>
                  Test connection
                </Button>
                {models.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {models.length} models listed — pick one in the Model field.
                  </Text>
                )}
              </Group>
              {test.data && (
                <Alert
                  color={test.data.ok ? 'teal' : 'red'}
                  icon={test.data.ok ? <IconCheck size={16} /> : <IconAlertTriangle size={16} />}
                  role="status"
                >
                  {test.data.message}
                </Alert>
              )}
              <Group grow align="flex-start">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    Temperature: {settings.temperature.toFixed(1)}
                  </Text>
                  <Slider
                    aria-label="Temperature"
                    min={0}
                    max={2}
                    step={0.1}
                    defaultValue={settings.temperature}
                    onChangeEnd={(v) => save({ temperature: v })}
                  />
                  <Text size="xs" c="dimmed">
                    Lower is steadier; impact writing rarely needs more than 0.5.
                  </Text>
                </Stack>
                <NumberInput
                  label="First-token timeout (s)"
                  description="Local models can take a minute to load."
                  min={1}
                  max={600}
                  defaultValue={settings.firstTokenTimeoutSec}
                  onBlur={(e) => save({ firstTokenTimeoutSec: Number(e.currentTarget.value) })}
                />
                <NumberInput
                  label="Total timeout (s)"
                  min={5}
                  max={3600}
                  defaultValue={settings.totalTimeoutSec}
                  onBlur={(e) => save({ totalTimeoutSec: Number(e.currentTarget.value) })}
                />
              </Group>
            </>
          )}
          <NumberInput
            label="Context budget (tokens)"
            description="How much of your history a draft may use. The most relevant entries are chosen to fit."
            min={200}
            max={100000}
            step={500}
            defaultValue={settings.contextTokenBudget}
            onBlur={(e) => save({ contextTokenBudget: Number(String(e.currentTarget.value).replace(/,/g, '')) })}
            maw={320}
          />
        </Stack>
      </Card>
      <DataFolderCard info={info.data} />
    </Stack>
  )
}
