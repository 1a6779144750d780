import { FolderIcon } from '@renderer/components/icons'
import { SectionHeader } from '@renderer/components/SectionHeader'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'

/** Settings → Your data: take a copy of the journal, or bring one in. */
export function YourDataSection() {
  return (
    <section className="card settings-section" aria-labelledby="your-data-title">
      <SectionHeader id="your-data-title" icon={<FolderIcon />} title="Your data">
        Keep a copy of your journal, open it in a spreadsheet, or move it to another computer.
      </SectionHeader>
      <ExportPanel />
      <ImportPanel />
    </section>
  )
}
