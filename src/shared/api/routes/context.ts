import { z } from 'zod'
import { route } from '../define'
import { noInput } from '../../domain/common'
import { contextEntrySchema } from '../../domain/contextEntry'

export const contextRoutes = {
  'context.entries': route({
    summary: 'The prompt-facing view of your history; anything marked private is left out.',
    input: noInput,
    output: z.array(contextEntrySchema)
  })
}
