import type { Core } from '../services/core'
import { deleteAllData, openDataFolder, restoreFromBackup } from '../services/data-actions'
import type { Handlers } from './types'

type DataChannel = 'data:backups' | 'data:restore' | 'data:open-folder' | 'data:delete-all'

/** Settings → Data: backups, restore, the data folder and deleting everything. */
export function dataHandlers(core: Core): Pick<Handlers, DataChannel> {
  return {
    'data:backups': () => core.backups.list(),
    'data:restore': ({ name }) => restoreFromBackup(core, name),
    'data:open-folder': () => openDataFolder(core.options.dataDir, core.options.openFolder),
    'data:delete-all': ({ keepBackups }) => deleteAllData(core, keepBackups),
  }
}
