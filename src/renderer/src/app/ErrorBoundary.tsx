import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Alert, Button, Code, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'

interface State {
  error: Error | null
}

/** A screen that fails to render says so and offers a way back; saved data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: unknown }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidUpdate(prev: { resetKey?: unknown }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null })
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Loopwise screen error', error.name, info.componentStack?.split('\n')[1])
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title="This screen ran into a problem" m="md">
        <Stack gap="xs">
          <Text size="sm">Your data is safe on disk. Try again, or switch to another section.</Text>
          <Code block>{this.state.error.message}</Code>
          <Button variant="light" color="red" w="fit-content" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
        </Stack>
      </Alert>
    )
  }
}
