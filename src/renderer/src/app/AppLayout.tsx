import { AppShell, Badge, Burger, Group, Kbd, NavLink, ScrollArea, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks'
import { IconCloudCheck, IconCloudX, IconSearch } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { searchSpotlight } from './GlobalSearch'
import { SECTIONS, useNavigation } from './navigation'
import { useStoreStatus } from './useStoreStatus'

function SaveIndicator() {
  const { status } = useStoreStatus()
  if (!status) return null
  if (status.readOnly)
    return (
      <Badge color="grape" variant="light">
        Read-only
      </Badge>
    )
  return status.saved ? (
    <Tooltip label={status.lastSavedAt ? `Last saved ${new Date(status.lastSavedAt).toLocaleTimeString()}` : 'Saved'}>
      <Badge color="teal" variant="light" leftSection={<IconCloudCheck size={14} />} aria-label="All changes saved">
        Saved
      </Badge>
    </Tooltip>
  ) : (
    <Badge color="red" variant="filled" leftSection={<IconCloudX size={14} />}>
      Not saved
    </Badge>
  )
}

export function AppLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure()
  const { section, go } = useNavigation()
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl'

  useHotkeys([['mod+N', () => go('wins', 'new')], ...SECTIONS.map((s) => [`mod+${s.key}`, () => go(s.id)] as [string, () => void])])

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={0}>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <img src="./icon.svg" alt="" width={28} height={28} />
            <Text fw={700} size="lg">
              Loopwise
            </Text>
          </Group>
          <UnstyledButton onClick={() => searchSpotlight.open()} aria-label="Search everything">
            <Group gap={6} px="sm" py={4} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
              <IconSearch size={16} />
              <Text size="sm" c="dimmed" visibleFrom="xs">
                Search
              </Text>
              <Kbd size="xs">{mod}</Kbd>
              <Kbd size="xs">K</Kbd>
            </Group>
          </UnstyledButton>
          <SaveIndicator />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <ScrollArea>
          {SECTIONS.map((s) => (
            <NavLink
              component="button"
              type="button"
              key={s.id}
              label={s.label}
              leftSection={<s.icon size={18} stroke={1.6} />}
              rightSection={
                <Text size="xs" c="dimmed">
                  {mod}+{s.key}
                </Text>
              }
              active={section === s.id}
              aria-current={section === s.id ? 'page' : undefined}
              onClick={() => {
                go(s.id)
                close()
              }}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  )
}
