import type { ReactNode } from 'react'
import { AlertIcon, InfoIcon } from './icons'

interface NoticeProps {
  tone?: 'info' | 'warning' | 'danger'
  title?: string
  /** `alert` for failures the user just caused; `status` for calm news. */
  role?: 'alert' | 'status'
  children: ReactNode
}

/** A calm inline message. Headings are left to the screen, so titles are text. */
export function Notice({ tone = 'info', title, role, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={role}>
      <span className="notice__icon">{tone === 'info' ? <InfoIcon /> : <AlertIcon />}</span>
      <div className="notice__body">
        {title ? <p className="notice__title">{title}</p> : null}
        {children}
      </div>
    </div>
  )
}
