import { useEffect, useMemo, useState } from 'react'
import { Button, CloseButton, Group, Loader, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue, useOs } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import type { Win, WinInput } from '@shared/domain/win'
import { ApiError, call } from '../../../api/client'
import { useNavigation } from '../../../app/navigation'
import { useDeleteWin, useRestoreWin, useSaveWin, useWinsFirstPage, useWinTags } from '../hooks/useWins'
import { emptyWinForm, prefillForm, winToForm } from './winFormValues'
import { WinForm } from './WinForm'
import { WinList } from './WinList'
import { WinsEmptyState } from './WinsEmptyState'
import { ImpactRewriteDrawer } from '../../impact'

type Editing = { mode: 'new'; prefill?: Partial<WinInput> } | { mode: 'edit'; win: Win } | null

/** 'new:{json}' opens the form prefilled, e.g. from a delivered commitment (the loop feature). */
function parsePrefill(target: string): Partial<WinInput> | undefined {
  try {
    return JSON.parse(target.slice(4)) as Partial<WinInput>
  } catch {
    return undefined
  }
}

export function WinsPage() {
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl'
  const { target, seq } = useNavigation()
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search, 150)
  const [tag, setTag] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const filter = useMemo(() => ({ query: query || undefined, tag: tag ?? undefined }), [query, tag])
  const list = useWinsFirstPage(filter)
  const tags = useWinTags()
  const save = useSaveWin()
  const remove = useDeleteWin()
  const restore = useRestoreWin()

  // Arrivals from the shortcut (mod+N) or from search (a win id).
  useEffect(() => {
    if (target === 'new') setEditing({ mode: 'new' })
    else if (target?.startsWith('new:')) setEditing({ mode: 'new', prefill: parsePrefill(target) })
    else if (target) {
      // The list holds only the pages on screen, so ask the core for the win itself.
      let current = true
      call('wins.get', { id: target }).then(
        (win) => current && setEditing({ mode: 'edit', win }),
        () => undefined
      )
      return () => {
        current = false
      }
    }
  }, [target, seq])

  const initial = useMemo(
    () =>
      editing?.mode === 'edit' ? winToForm(editing.win) : { ...emptyWinForm(), ...(editing?.prefill ? prefillForm(editing.prefill) : {}) },
    [editing]
  )
  // The link to a commitment is not a form field; keep it so the chain survives edits.
  const commitmentId = editing?.mode === 'edit' ? editing.win.commitmentId : editing?.prefill?.commitmentId
  const knownTags = (tags.data ?? []).map((t) => t.tag)

  const submit = async (input: WinInput) => {
    try {
      await save.mutateAsync({
        id: editing?.mode === 'edit' ? editing.win.id : undefined,
        win: commitmentId ? { ...input, commitmentId } : input
      })
      notifications.show({ color: 'teal', title: 'Saved', message: input.title, autoClose: 4000 })
      setEditing(null)
    } catch (error) {
      // STORAGE: the core kept the change in memory; the banner offers a retry.
      if (error instanceof ApiError && error.code === 'STORAGE') {
        notifications.show({ color: 'red', title: 'Not saved to disk', message: error.message, autoClose: false })
        setEditing(null)
        return
      }
      throw error
    }
  }

  const onDelete = async (win: Win) => {
    try {
      const deleted = await remove.mutateAsync({ id: win.id })
      const id = `deleted-${win.id}`
      notifications.show({
        id,
        title: 'Win deleted',
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" lineClamp={1}>
              {deleted.title}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id)
                restore.mutate(
                  { win: deleted },
                  {
                    onSuccess: () => notifications.show({ color: 'teal', message: 'Restored.', autoClose: 2000 }),
                    onError: (e) => notifications.show({ color: 'red', title: 'Could not undo', message: e.message })
                  }
                )
              }}
            >
              Undo
            </Button>
          </Group>
        )
      })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not deleted', message: (error as Error).message })
    }
  }

  const total = list.data?.total ?? 0
  const filtering = Boolean(query || tag)
  return (
    <Stack p="md" gap="md" style={{ height: 'calc(100dvh - 56px)' }}>
      <Group justify="space-between">
        <Title order={2}>Wins</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'new' })}>
          New win
        </Button>
      </Group>
      <Group gap="sm">
        <TextInput
          aria-label="Search wins"
          placeholder="Search titles, impact, metrics, people…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          rightSection={search ? <CloseButton aria-label="Clear search" onClick={() => setSearch('')} /> : null}
          style={{ flex: 1 }}
        />
        <Select
          aria-label="Filter by tag"
          placeholder="All tags"
          data={(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
          value={tag}
          onChange={setTag}
          clearable
          searchable
          w={200}
        />
      </Group>
      {list.isPending ? (
        <Loader aria-label="Loading wins" />
      ) : list.isError ? (
        <Text c="red">Could not load wins: {list.error.message}</Text>
      ) : total === 0 && !filtering ? (
        <WinsEmptyState mod={mod} onNew={() => setEditing({ mode: 'new' })} />
      ) : total === 0 ? (
        <Text c="dimmed">No wins match. Clear the search or the tag filter.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {total.toLocaleString()} {total === 1 ? 'win' : 'wins'}
            {filtering ? ' match' : ''}, newest first
          </Text>
          <WinList filter={filter} total={total} onEdit={(win) => setEditing({ mode: 'edit', win })} onDelete={onDelete} />
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? 'Edit win' : commitmentId ? 'New win from a delivered commitment' : 'New win'}
        size="lg"
        closeOnClickOutside={false}
      >
        <WinForm
          initial={initial}
          knownTags={knownTags}
          submitLabel={editing?.mode === 'edit' ? 'Save changes' : 'Save win'}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      </Modal>
      <ImpactRewriteDrawer />
    </Stack>
  )
}
