import { expect, type Locator, type Page } from '@playwright/test'

/** The five screens, in sidebar order, with the h1 each one shows. */
export const screens = [
  { name: 'Today', slug: 'today' },
  { name: 'Journal', slug: 'journal' },
  { name: 'Routines', slug: 'routines' },
  { name: 'Trends', slug: 'trends' },
  { name: 'Settings', slug: 'settings' },
] as const

export type Screen = (typeof screens)[number]

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' })
}

export function navLink(page: Page, screen: Screen): Locator {
  return mainNav(page).getByRole('link', { name: screen.name, exact: true })
}

export function screenHeading(page: Page, screen: Screen): Locator {
  return page.getByRole('main').getByRole('heading', { level: 1, name: screen.name, exact: true })
}

/** Waits until `screen` is showing: its URL, its h1, and the sidebar marking it current. */
export async function expectOnScreen(page: Page, screen: Screen): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`#/${screen.slug}$`))
  await expect(screenHeading(page, screen)).toBeVisible()
  await expect(navLink(page, screen)).toHaveAttribute('aria-current', 'page')
}

/** Opens a screen by URL (for tests that are not about navigation). */
export async function openScreen(page: Page, baseUrl: string, screen: Screen): Promise<void> {
  await page.goto(`${baseUrl}#/${screen.slug}`)
  await expect(screenHeading(page, screen)).toBeVisible()
}
