import type { ReactNode } from 'react'

/** Decorative icons for the episode screens (the text beside them carries the meaning). */
function Svg({ size = 20, children }: { size?: number | undefined; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

interface IconProps {
  size?: number
}

export function TimerIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2.5 2.5M9.5 2h5M12 2v3" />
    </Svg>
  )
}

export function PenIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z" />
      <path d="m13.5 6.5 4 4" />
    </Svg>
  )
}

export function ClipboardIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 4V3h6v1M9 11l2 2 4-4M9 17h6" />
    </Svg>
  )
}

export function TrashIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
    </Svg>
  )
}

export function UndoIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Svg>
  )
}

export function HeartPulseIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M20.8 8.6a5 5 0 0 0-8.8-3.2 5 5 0 0 0-8.8 3.2c0 1.2.4 2.3 1.1 3.2L12 20l7.7-8.2c.7-.9 1.1-2 1.1-3.2z" />
      <path d="M3.5 12h4l1.5-3 3 6 1.5-3h7" />
    </Svg>
  )
}

export function ChevronIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="m9 6 6 6-6 6" />
    </Svg>
  )
}
