export { PromoPage } from './components/PromoPage'
