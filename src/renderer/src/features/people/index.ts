export { PeoplePage } from './components/PeoplePage'
export { CadenceSummary, type CadenceView } from './components/CadenceSummary'
