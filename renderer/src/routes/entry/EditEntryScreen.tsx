import { ScreenHeader } from '../../components/ScreenHeader'

export function EditEntryScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Edit entry" />
    </div>
  )
}
