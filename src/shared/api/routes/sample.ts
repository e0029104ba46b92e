import { z } from 'zod'
import { route } from '../define'
import { noInput } from '../../domain/common'

const sampleStatus = z.object({
  active: z.boolean(),
  folder: z.string(),
  /** The data folder cannot be written, so the sample lives in a temporary folder removed on close. */
  temporary: z.boolean()
})

export const sampleRoutes = {
  'sample.status': route({ summary: 'Whether the sample data folder is the one in use.', input: noInput, output: sampleStatus }),
  'sample.enter': route({
    summary: 'Open the sample data folder (rebuilt from the worked example); your own data is not touched.',
    input: noInput,
    output: sampleStatus
  }),
  'sample.leave': route({ summary: 'Go back to your own data.', input: noInput, output: sampleStatus })
}
