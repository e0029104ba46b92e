import { useEffect, useState } from 'react'
import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { PERSON_ROLE_LABELS, PERSON_ROLES, type Person, type PersonInput, type PersonRole } from '@shared/domain/person'
import { call } from '../../../api/client'

const DEFAULTS: Record<PersonRole, string> = {
  manager: 'every 90 days (quarterly)',
  'skip-level': 'every 180 days (a lighter loop)',
  mentor: 'every 90 days',
  other: 'not tracked'
}

/** Name, role, title and cadence; the cadence shows the framework's warnings as you type. */
export function PersonForm({
  person,
  onSubmit,
  onCancel
}: {
  person?: Person
  onSubmit(p: PersonInput): Promise<unknown>
  onCancel(): void
}) {
  const [name, setName] = useState(person?.name ?? '')
  const [role, setRole] = useState<PersonRole>(person?.role ?? 'manager')
  const [title, setTitle] = useState(person?.title ?? '')
  const [cadence, setCadence] = useState<number | ''>(person?.cadenceDays ?? '')
  const [warnings, setWarnings] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    const days = typeof cadence === 'number' ? Math.round(cadence) : null
    call('people.cadenceWarnings', { cadenceDays: days, role })
      .then((ws) => live && setWarnings(ws.map((w) => w.message)))
      .catch(() => live && setWarnings([]))
    return () => {
      live = false
    }
  }, [cadence, role])

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    try {
      await onSubmit({ name, role, title, cadenceDays: typeof cadence === 'number' ? Math.round(cadence) : null })
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <form onSubmit={submit} aria-label="Person">
      <Stack gap="sm">
        <TextInput label="Name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Select
          label="Role"
          required
          allowDeselect={false}
          data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
          value={role}
          onChange={(v) => v && setRole(v as PersonRole)}
        />
        <TextInput
          label="Their title"
          placeholder="Chief Product Officer"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <NumberInput
          label="Check-in cadence (days)"
          description={`Leave empty for the default: ${DEFAULTS[role]}.`}
          min={7}
          max={730}
          allowDecimal={false}
          value={cadence}
          onChange={(v) => setCadence(typeof v === 'number' ? v : '')}
        />
        {warnings.map((w) => (
          <Alert key={w} color="yellow" icon={<IconAlertTriangle size={16} />} p="xs">
            <Text size="sm">{w}</Text>
          </Alert>
        ))}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">{person ? 'Save changes' : 'Add person'}</Button>
        </Group>
      </Stack>
    </form>
  )
}
