import { ShieldIcon } from '@renderer/components/icons'
import { SectionHeader } from '@renderer/components/SectionHeader'
import { BackupList } from './BackupList'
import { DeleteAllPanel } from './DeleteAllPanel'
import { FolderPanel } from './FolderPanel'
import '../data.css'

/** Settings → Backups & data: automatic backups, restore, the data folder, delete everything. */
export function DataSection() {
  return (
    <section className="card settings-section" aria-labelledby="backups-data-title">
      <SectionHeader id="backups-data-title" icon={<ShieldIcon />} title="Backups & data">
        Limber backs up your journal every day while it runs (keeping the last 7) and before every
        update. Backups stay in your data folder, on this computer.
      </SectionHeader>
      <BackupList />
      <FolderPanel />
      <DeleteAllPanel />
    </section>
  )
}
