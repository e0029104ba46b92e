export { LoopPage } from './components/LoopPage'
