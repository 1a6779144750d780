import { useLayoutEffect, type RefObject } from 'react'

const MARKED = '[data-invalid], [aria-invalid="true"]'
const CONTROL = 'input, textarea, select'

/**
 * The control to fix first: the first marked control or marked group
 * (`data-invalid` on a fieldset) in document order. Inside a group, its own
 * marked control, else the chosen option, else its first control, so the
 * keyboard lands where a sighted user looks.
 */
export function firstInvalidControl(root: HTMLElement | null): HTMLElement | null {
  const first = root?.querySelector<HTMLElement>(MARKED) ?? null
  if (!first || first.matches(CONTROL)) return first
  return (
    first.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    first.querySelector<HTMLElement>('input:checked') ??
    first.querySelector<HTMLElement>(CONTROL)
  )
}

/**
 * After a refused save, puts the keyboard on the first field to fix, once
 * the errors are on screen. `trigger` changes with each refusal: a counter
 * of tries (0 = none yet) or the errors object (empty = none). With nothing
 * marked, `fallback` (an error summary) gets the focus instead.
 */
export function useFocusFirstInvalid(
  formRef: RefObject<HTMLElement | null>,
  trigger: number | Readonly<Record<string, unknown>>,
  fallback?: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const refused = typeof trigger === 'number' ? trigger > 0 : Object.keys(trigger).length > 0
    if (!refused) return
    ;(firstInvalidControl(formRef.current) ?? fallback?.current)?.focus()
  }, [trigger, formRef, fallback])
}
