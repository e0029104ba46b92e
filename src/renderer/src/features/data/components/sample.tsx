import { Alert, Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFlask } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useMutation } from '@tanstack/react-query'
import { call } from '../../../api/client'
import { dataSetChanged } from '../../../api/dataSet'
import { useRoute } from '../../../api/historyQueries'
import { sampleStory } from './sampleStory'

function useSwitch(route: 'sample.enter' | 'sample.leave') {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call(route, {}),
    // Everything on screen belongs to the other store now; state kept across screens starts afresh
    // after the queries are emptied, so nothing refills it from the old store's answers.
    onSettled: (_data, error) => {
      void client.resetQueries()
      if (!error) dataSetChanged()
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Could not switch', message: (e as Error).message })
  })
}

export function TrySampleButton({ variant = 'light' }: { variant?: 'light' | 'filled' | 'default' }) {
  const enter = useSwitch('sample.enter')
  return (
    <Button variant={variant} leftSection={<IconFlask size={16} />} loading={enter.isPending} onClick={() => enter.mutate()}>
      Try it with sample data
    </Button>
  )
}

/** Always visible while the sample folder is in use, so nobody mistakes it for their own data. */
export function SampleModeBanner() {
  const status = useRoute('sample.status', {})
  const leave = useSwitch('sample.leave')
  const active = !!status.data?.active
  // Whose story it is comes from the sample itself, so the banner cannot drift from it.
  const profile = useRoute('profile.get', {}, active)
  const people = useRoute('people.list', {}, active)
  if (!status.data?.active) return null
  const manager = people.data?.find((p) => p.role === 'manager')
  return (
    <Alert color="violet" icon={<IconFlask />} variant="filled" role="status" aria-label="Sample mode" mx="md" mt="md">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          You are looking at <b>sample data</b>: {profile.data ? sampleStory(profile.data, manager) : 'a worked example'}.{' '}
          {status.data.temporary
            ? 'Your data folder cannot be written, so changes here go to a temporary folder and are gone when Loopwise closes; your own data is untouched.'
            : 'Changes here go to a separate sample folder; your own data is untouched.'}
        </Text>
        <Button variant="white" color="violet" size="xs" style={{ flexShrink: 0 }} loading={leave.isPending} onClick={() => leave.mutate()}>
          Leave sample data
        </Button>
      </Group>
    </Alert>
  )
}
