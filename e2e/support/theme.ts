import { expect, type Page } from '@playwright/test'

export async function htmlTheme(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('data-theme')
}

/** The page background the user sees: body's, or html's if body is transparent. */
export async function backgroundColour(page: Page): Promise<string> {
  return page.evaluate(() => {
    const transparent = (c: string) => c === 'transparent' || c === 'rgba(0, 0, 0, 0)'
    const body = getComputedStyle(document.body).backgroundColor
    return transparent(body) ? getComputedStyle(document.documentElement).backgroundColor : body
  })
}

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const parts = /rgba?\(([^)]+)\)/
    .exec(colour)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .slice(0, 3)
  if (!parts || parts.length < 3) throw new Error(`Not an rgb colour: ${colour}`)
  const [r, g, b] = parts.map((p) => {
    const c = Number(p) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}
