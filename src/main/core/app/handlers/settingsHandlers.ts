import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { settingsRoutes } from '../../../../shared/api/routes/settings'
import type { CoreDeps, RequestContext } from '../deps'

type SettingsHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof settingsRoutes>

export const settingsHandlers = ({ services: { draftingSettings: settings } }: CoreDeps): SettingsHandlers => ({
  'settings.get': () => settings.settingsView(),
  'settings.update': (patch) => settings.updateSettings(patch),
  'settings.setKey': ({ engine, key }) => settings.setKey(engine, key),
  'settings.clearKey': ({ engine }) => settings.clearKey(engine),
  'settings.testConnection': (input) => settings.testConnection(input)
})
