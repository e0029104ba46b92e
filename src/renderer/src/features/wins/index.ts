export { WinsPage } from './components/WinsPage'
export { formatMetric } from './formatMetric'
