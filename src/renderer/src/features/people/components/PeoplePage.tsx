import { useEffect, useState } from 'react'
import { Button, Card, Grid, Group, List, Modal, NavLink, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core'
import { IconPlus, IconUser, IconUsers } from '@tabler/icons-react'
import { PERSON_ROLE_LABELS } from '@shared/domain/person'
import { useRoute, useRouteMutation } from '../../../api/queries'
import { useNavigation } from '../../../app/navigation'
import { PersonDetail } from './PersonDetail'
import { PersonForm } from './PersonForm'
import { ProfilePanel } from './ProfilePanel'

function PeopleEmptyState({ onAdd }: { onAdd(): void }) {
  return (
    <Card withBorder padding="xl" maw={640}>
      <Stack>
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconUsers />
        </ThemeIcon>
        <Title order={3}>Start with your manager</Title>
        <Text>
          The loop runs with people: quarterly with your manager, a lighter loop with your skip-level. Add them first, then log what you
          hear — what they are trying to do and what blocks them. That is where your next offer of help comes from.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>Manager: every 90 days by default.</List.Item>
          <List.Item>Skip-level: every 180 days — never skip it, it is where visibility comes from.</List.Item>
          <List.Item>Mark anything sensitive as private: it never leaves your machine towards a model.</List.Item>
        </List>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd} w="fit-content">
          Add your manager
        </Button>
      </Stack>
    </Card>
  )
}

/** People you run the loop with, and (second tab) you: profile and goals for step 4. */
export function PeoplePage() {
  const { target, seq } = useNavigation()
  const [tab, setTab] = useState<string | null>('people')
  const [selected, setSelected] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const cadence = useRoute('people.cadence', {})
  const create = useRouteMutation('people.create')
  const people = cadence.data ?? []
  // Archived people are not in the cadence list; they keep their page, under "Archived".
  const everyone = useRoute('people.list', {})
  const archived = (everyone.data ?? []).filter((p) => p.archived)

  useEffect(() => {
    if (target === 'profile') setTab('profile')
    else if (target === 'new') {
      setTab('people')
      setAdding(true)
    } else if (target) {
      setTab('people')
      setSelected(target)
    }
  }, [target, seq])

  const archivedSelected = archived.find((p) => p.id === selected)
  const current = archivedSelected
    ? { person: archivedSelected, cadence: undefined }
    : (people.find((p) => p.person.id === selected) ?? people[0] ?? (archived[0] && { person: archived[0], cadence: undefined }))

  return (
    <Stack p="md" gap="md">
      <Group justify="space-between">
        <Title order={2}>People</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Add person
        </Button>
      </Group>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="people" leftSection={<IconUsers size={16} />}>
            Manager, skip-level & others
          </Tabs.Tab>
          <Tabs.Tab value="profile" leftSection={<IconUser size={16} />}>
            You: profile & goals
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          {cadence.isPending ? null : people.length === 0 && archived.length === 0 ? (
            <PeopleEmptyState onAdd={() => setAdding(true)} />
          ) : (
            <Grid>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <Stack gap={2} component="nav" aria-label="People">
                  {people.map(({ person, cadence: c }) => (
                    <NavLink
                      component="button"
                      type="button"
                      key={person.id}
                      label={person.name}
                      description={`${PERSON_ROLE_LABELS[person.role]}${c.warnings.some((w) => w.kind === 'overdue') ? ' · overdue' : ''}`}
                      active={current?.person.id === person.id}
                      onClick={() => setSelected(person.id)}
                    />
                  ))}
                  {archived.length > 0 && (
                    <Text size="xs" c="dimmed" mt="sm" fw={600}>
                      Archived
                    </Text>
                  )}
                  {archived.map((person) => (
                    <NavLink
                      component="button"
                      type="button"
                      key={person.id}
                      label={person.name}
                      description={`${PERSON_ROLE_LABELS[person.role]} · archived`}
                      active={current?.person.id === person.id}
                      onClick={() => setSelected(person.id)}
                    />
                  ))}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                {current && (
                  <PersonDetail
                    person={current.person}
                    cadence={current.cadence}
                    onDeleted={() => setSelected(null)}
                    onArchived={() => setSelected(current.person.id)}
                  />
                )}
              </Grid.Col>
            </Grid>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="profile" pt="md">
          <ProfilePanel />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add a person">
        <PersonForm
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            const p = await create.mutateAsync(input)
            setSelected(p.id)
            setTab('people')
            setAdding(false)
          }}
        />
      </Modal>
    </Stack>
  )
}
