import { ScreenHeader } from '../../components/ScreenHeader'

export function CrampNowScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Cramp now" />
    </div>
  )
}
