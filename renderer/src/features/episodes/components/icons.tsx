import { IconSvg } from '@renderer/components/icons'

/** Decorative icons for the episode screens (the text beside them carries the meaning). */
interface IconProps {
  size?: number
}

export function TimerIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2.5 2.5M9.5 2h5M12 2v3" />
    </IconSvg>
  )
}

export function PenIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z" />
      <path d="m13.5 6.5 4 4" />
    </IconSvg>
  )
}

export function ClipboardIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 4V3h6v1M9 11l2 2 4-4M9 17h6" />
    </IconSvg>
  )
}

export function TrashIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
    </IconSvg>
  )
}

export function UndoIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </IconSvg>
  )
}

export function HeartPulseIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <path d="M20.8 8.6a5 5 0 0 0-8.8-3.2 5 5 0 0 0-8.8 3.2c0 1.2.4 2.3 1.1 3.2L12 20l7.7-8.2c.7-.9 1.1-2 1.1-3.2z" />
      <path d="M3.5 12h4l1.5-3 3 6 1.5-3h7" />
    </IconSvg>
  )
}

export function ChevronIcon({ size }: IconProps) {
  return (
    <IconSvg size={size}>
      <path d="m9 6 6 6-6 6" />
    </IconSvg>
  )
}
