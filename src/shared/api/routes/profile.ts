import { z } from 'zod'
import { route } from '../define'
import { noInput } from '../../domain/common'
import { profileSchema } from '../../domain/profile'

export const profileRoutes = {
  'profile.get': route({
    summary: 'Your profile: role, level, target role and date, strengths, growth areas.',
    input: noInput,
    output: profileSchema
  }),
  'profile.update': route({ summary: 'Replace your profile.', input: z.strictObject({ profile: profileSchema }), output: profileSchema })
}
