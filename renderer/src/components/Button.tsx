import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react'

/**
 * How a button looks. Neutral is the default; primary is the one main action
 * of a screen; danger asks before something that cannot be undone;
 * danger-outline is the calm Delete beside Save; quiet and quiet-danger are
 * text-like actions in lists and cards.
 */
export type ButtonTone =
  'neutral' | 'primary' | 'danger' | 'danger-outline' | 'quiet' | 'quiet-danger'

/** One size scale for every screen: large for people in pain or mid-stretch, huge for the one main action there. */
export type ButtonSize = 'small' | 'medium' | 'large' | 'huge'

export interface ButtonLook {
  tone?: ButtonTone
  size?: ButtonSize
  /** The caller's own layout class (placement, width), never a look. */
  className?: string
}

const toneClasses: Record<ButtonTone, string> = {
  neutral: '',
  primary: 'button--primary',
  danger: 'button--danger',
  'danger-outline': 'button--danger-outline',
  quiet: 'button--quiet',
  'quiet-danger': 'button--quiet button--quiet-danger',
}

const sizeClasses: Record<ButtonSize, string> = {
  small: 'button--small',
  medium: '',
  large: 'button--large',
  huge: 'button--huge',
}

/**
 * The classes for a button's look (styles/buttons.css), also for links drawn
 * as buttons. The only place those class names are written: ESLint refuses
 * them anywhere else (limber/button-classes).
 */
export function buttonClass({
  tone = 'neutral',
  size = 'medium',
  className,
}: ButtonLook = {}): string {
  return ['button', toneClasses[tone], sizeClasses[size], className ?? ''].filter(Boolean).join(' ')
}

interface ButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'>, ButtonLook {
  /** Drawn before the label; the shared icons are aria-hidden, since the label names the action. */
  icon?: ReactNode
  ref?: Ref<HTMLButtonElement>
}

/** A button: `type="button"` unless told, so it never submits a form by accident. */
export function Button({
  tone,
  size,
  className,
  icon,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button type={type} className={buttonClass({ tone, size, className })} {...rest}>
      {icon}
      {children}
    </button>
  )
}
