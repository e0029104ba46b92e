import { useState } from 'react'
import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconAlertTriangle } from '@tabler/icons-react'
import { PERSON_ROLE_LABELS, PERSON_ROLES, personInputSchema, type Person, type PersonInput, type PersonRole } from '@shared/domain/person'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { routeQuery } from '../../../api/queries'
import { FormProblems } from '../../../forms/FormProblems'
import { withLimit } from '../../../forms/LimitCounter'
import { useZodForm } from '../../../forms/useZodForm'
import type { ZodFormSpec } from '../../../forms/zodForm'

const DEFAULTS: Record<PersonRole, string> = {
  manager: 'every 90 days (quarterly)',
  'skip-level': 'every 180 days (a lighter loop)',
  mentor: 'every 90 days',
  other: 'not tracked'
}

interface PersonFormValues {
  name: string
  role: PersonRole
  title: string
  /** '' = the role's default. */
  cadenceDays: number | string
}

const days = (v: number | string): number | null => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v))

/** The shared schema people.create and people.update validate with. */
export const personFormSpec: ZodFormSpec<PersonFormValues, typeof personInputSchema> = {
  schema: personInputSchema,
  toInput: (v) => ({ name: v.name, role: v.role, title: v.title, cadenceDays: days(v.cadenceDays) })
}

const LABELS = { name: 'Name', role: 'Role', title: 'Their title', cadenceDays: 'Check-in cadence (days)' }

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
  const { form, limit, save } = useZodForm<PersonFormValues, typeof personInputSchema>({
    name: person ? `person-${person.id}` : 'person-new',
    initialValues: {
      name: person?.name ?? '',
      role: person?.role ?? 'manager',
      title: person?.title ?? '',
      cadenceDays: person?.cadenceDays ?? ''
    },
    spec: personFormSpec,
    serverPrefix: person ? 'person.' : ''
  })
  const v = form.values
  const cadence = limit('cadenceDays')
  const [clamped, setClamped] = useState<string | null>(null)
  const [typed] = useDebouncedValue(days(v.cadenceDays), 250)
  const valid = typed === null || (Number.isInteger(typed) && typed >= (cadence.min ?? 0) && typed <= (cadence.max ?? Infinity))
  // Pure advice from the core (it reads nothing), cached by its input.
  const warnings = useQuery({
    ...routeQuery('people.cadenceWarnings', { cadenceDays: valid ? typed : null, role: v.role }),
    enabled: valid,
    // The last advice stays while the next is asked for: no flicker under the pointer.
    placeholderData: keepPreviousData
  })

  return (
    <form onSubmit={save((input) => onSubmit(input))} noValidate aria-label="Person">
      <Stack gap="sm">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} {...withLimit(v.name, limit('name'), 'text')} />
        <Select
          label="Role"
          required
          allowDeselect={false}
          data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
          {...form.getInputProps('role')}
        />
        <TextInput
          label="Their title"
          placeholder="Chief Product Officer"
          {...form.getInputProps('title')}
          {...withLimit(v.title, limit('title'), 'text')}
        />
        <NumberInput
          label="Check-in cadence (days)"
          description={`From ${cadence.min} to ${cadence.max} days. Leave empty for the default: ${DEFAULTS[v.role]}.`}
          allowDecimal={false}
          {...form.getInputProps('cadenceDays')}
          onChange={(value) => {
            // Above the most, the number is clamped as it is typed, and the form says so: never silently.
            // (Too short stays an error on Save: clamping up would invent a cadence the user did not choose.)
            const n = days(value)
            const max = cadence.max
            if (n !== null && max !== undefined && Number.isFinite(n) && n > max) {
              setClamped(`${n} days is more than a loop allows: ${max} days is the most, so it is set to ${max}.`)
              form.setFieldValue('cadenceDays', max)
              return
            }
            setClamped(null)
            form.getInputProps('cadenceDays').onChange(value)
          }}
        />
        {clamped && (
          <Text size="sm" c="orange.8" role="status">
            {clamped}
          </Text>
        )}
        {(warnings.data ?? []).map((w) => (
          <Alert key={w.message} color="yellow" icon={<IconAlertTriangle size={16} />} p="xs">
            <Text size="sm">{w.message}</Text>
          </Alert>
        ))}
        <FormProblems form={form} labels={LABELS} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {person ? 'Save changes' : 'Add person'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
