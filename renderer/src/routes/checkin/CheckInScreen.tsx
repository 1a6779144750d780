import { ScreenHeader } from '../../components/ScreenHeader'

export function CheckInScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Daily check-in" />
    </div>
  )
}
