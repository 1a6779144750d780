import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user
 * would; fails if it never does within `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<number> {
  const key = backwards ? 'Shift+Tab' : 'Tab'
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key)
    if (await target.evaluate((el) => el === document.activeElement)) return presses
  }
  throw new Error(`${String(target)} never received focus after ${max} presses of ${key}`)
}

/**
 * The focused element shows a keyboard focus indicator: it matches
 * :focus-visible and draws a real outline (or a box-shadow ring).
 */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused()
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el)
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
      shadow: style.boxShadow !== 'none',
      outlineColor: style.outlineColor,
    }
  })
  expect(ring.focusVisible, 'keyboard focus matches :focus-visible').toBe(true)
  expect(
    ring.outline >= 2 || ring.shadow,
    `a visible focus ring (got ${JSON.stringify(ring)})`,
  ).toBe(true)
}
