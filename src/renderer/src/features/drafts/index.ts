export { DraftsPage } from './components/DraftsPage'
// Reused by later draft kinds (agendas, offers, impact, promo, interview):
export { DraftPanel, type DraftPanelProps } from './components/DraftPanel'
export { DraftText } from './components/DraftText'
export { useDraftRun, type DraftRun } from './hooks/useDraftRun'
