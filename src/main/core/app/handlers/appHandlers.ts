import type { AppContract } from '../../../../shared/api/contract'
import type { Handlers } from '../../../../shared/api/define'
import type { appRoutes } from '../../../../shared/api/routes/app'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/domain/storeData'
import type { CoreDeps, RequestContext } from '../deps'

type AppHandlers = Pick<Handlers<AppContract, RequestContext>, keyof typeof appRoutes>

export const appHandlers = ({ services: { store }, info }: CoreDeps): AppHandlers => ({
  'app.info': async () => ({
    version: info.version,
    mode: info.mode,
    dataFile: store.file,
    dataDir: store.dataDir,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    backups: { folder: store.backups.dir, ...(await store.backups.folderBytes().catch(() => ({ bytes: 0, count: 0 }))) }
  }),
  'app.status': () => store.getStatus(),
  'app.retrySave': () => store.retrySave(),
  'app.dismissRecovery': () => store.dismissRecovery()
})
