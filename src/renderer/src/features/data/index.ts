export { DataPanel } from './components/DataPanel'
export { SampleModeBanner, TrySampleButton } from './components/sample'
