import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { interviewRoutes } from '../../../../shared/api/routes/interview'
import type { CoreDeps, RequestContext } from '../deps'

type InterviewHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof interviewRoutes>

export const interviewHandlers = ({ services: { interview } }: CoreDeps): InterviewHandlers => ({
  'interview.questions': (input) => interview.questions(input),
  'interview.submit': (input) => interview.submit(input),
  'interview.attempts': ({ questionId }) => interview.attempts(questionId),
  'interview.improve': (input) => interview.improve(input)
})
