export { InterviewPage } from './components/InterviewPage'
