export { SettingsPage } from './components/SettingsPage'
export { useDraftingSettings } from './hooks/useDraftingSettings'
