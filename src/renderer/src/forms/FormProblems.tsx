import { Alert, Anchor, List, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconAlertTriangle } from '@tabler/icons-react'
import { FORM_ERROR } from './useZodForm'

/**
 * Every problem of a form, beside its submit button: a long form's first problem may be out of
 * view, so each one names its field and moves the focus there. A failed save (not a field) is
 * said here too, with its reason; what was typed stays.
 */
export function FormProblems<V>({ form, labels }: { form: UseFormReturnType<V>; labels: Record<string, string> }) {
  const fields = Object.entries(form.errors).filter(([path, message]) => path !== FORM_ERROR && message)
  const general = form.errors[FORM_ERROR]
  if (fields.length === 0 && !general) return null
  const focus = (path: string) => form.getInputNode(path as never)?.focus()
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={18} />}
      role="alert"
      title={fields.length > 0 ? 'Not saved yet: check these' : 'Not saved'}
    >
      {fields.length > 0 ? (
        <List size="sm" spacing={2}>
          {fields.map(([path, message]) => (
            <List.Item key={path}>
              <Anchor component="button" type="button" size="sm" onClick={() => focus(path)}>
                {labels[path] ?? 'A field'}
              </Anchor>
              : {String(message)}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{String(general)}</Text>
      )}
    </Alert>
  )
}
