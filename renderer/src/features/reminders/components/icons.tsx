import { IconSvg } from '@renderer/components/icons'

/** Decorative icons for reminders; the text beside them carries the meaning. */
function Svg({ size, d }: { size?: number | undefined; d: string }) {
  return (
    <IconSvg size={size}>
      <path d={d} />
    </IconSvg>
  )
}

export function BellIcon({ size }: { size?: number }) {
  return (
    <Svg size={size} d="M6 9a6 6 0 1 1 12 0c0 5 2 6.5 2 6.5H4S6 14 6 9M10 19.5a2 2 0 0 0 4 0" />
  )
}

export function PowerIcon({ size }: { size?: number }) {
  return <Svg size={size} d="M12 3v8M7.5 6.2a7 7 0 1 0 9 0" />
}

export function PauseIcon({ size }: { size?: number }) {
  return <Svg size={size} d="M9 5v14M15 5v14" />
}

export function KeyboardIcon({ size }: { size?: number }) {
  return <Svg size={size} d="M3 7h18v10H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10" />
}
