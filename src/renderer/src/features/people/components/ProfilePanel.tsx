import { useEffect, useState } from 'react'
import { Alert, Button, Card, Group, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBulb } from '@tabler/icons-react'
import type { Profile } from '@shared/domain/profile'
import { useRoute, useRouteMutation } from '../../../api/queries'
import { GoalsList } from './GoalsList'

/** Who you are and where you want to go: step 4 of the loop asks for help with exactly this. */
export function ProfilePanel() {
  const profile = useRoute('profile.get', {})
  const save = useRouteMutation('profile.update')
  const [values, setValues] = useState<Profile | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (profile.data) setValues(profile.data)
  }, [profile.data])

  if (!values) return null
  const text = (key: keyof Profile, label: string, placeholder?: string, type?: string) => (
    <TextInput
      label={label}
      placeholder={placeholder}
      type={type}
      value={values[key] as string}
      onChange={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
    />
  )

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    try {
      await save.mutateAsync({ profile: values })
      setError(null)
      notifications.show({ color: 'teal', message: 'Profile saved.', autoClose: 4000 })
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <Stack gap="md" maw={900}>
      <Alert color="blue" icon={<IconBulb />} title="Why your goals matter to the loop">
        <Text size="sm">
          Step 4 of the Magic Loop: once you have helped your manager, ask them to help with <i>your</i> goals — framed as a win for both. A
          manager can&apos;t help with goals they don&apos;t know, and most assume you either want to stay put or become a manager like
          them. Write yours down here; Loopwise brings them to each check-in.
        </Text>
      </Alert>
      <Card withBorder padding="lg" component="form" onSubmit={submit} aria-label="Profile">
        <Stack gap="sm">
          <Title order={4}>Profile</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('name', 'Your name')}
            {text('company', 'Company')}
            {text('role', 'Current role', 'Senior Product Manager')}
            {text('level', 'Current level', 'L6')}
            {text('targetRole', 'Target role', 'Group Product Manager')}
            {text('targetLevel', 'Target level', 'L7')}
            {text('targetDate', 'Target date', undefined, 'date')}
          </SimpleGrid>
          <TagsInput
            label="Strengths"
            placeholder="Type and press Enter"
            value={values.strengths}
            onChange={(v) => setValues({ ...values, strengths: v })}
          />
          <TagsInput
            label="Growth areas"
            placeholder="Type and press Enter"
            value={values.growthAreas}
            onChange={(v) => setValues({ ...values, growthAreas: v })}
          />
          {error && (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </Card>
      <GoalsList />
    </Stack>
  )
}
