import { ScreenHeader } from '../../components/ScreenHeader'

export function LogCrampScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Log a cramp" />
    </div>
  )
}
