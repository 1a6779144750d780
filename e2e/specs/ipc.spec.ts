import { expect, test } from '../support/fixtures'

test.describe('window.limber in the browser harness', () => {
  test('answers a round trip with the app info', async ({ page, app }) => {
    const result = await page.evaluate(() => window.limber.invoke('app:info'))
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Limber',
        version: expect.any(String),
        dataDir: app.dataDir,
        shell: 'browser',
      },
    })
  })

  test('a bad payload gets a typed invalid_input error and changes nothing', async ({ page }) => {
    const result = await page.evaluate(() =>
      // Deliberately wrong: an unknown theme and a string where a number belongs.
      window.limber.invoke('settings:update', { theme: 'purple', waterTargetMl: 'lots' } as never),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.message).toEqual(expect.any(String))
    expect(result.error.issues.map((i) => i.path).sort()).toEqual(['theme', 'waterTargetMl'])

    const after = await page.evaluate(() => window.limber.invoke('settings:get'))
    expect(after).toMatchObject({
      ok: true,
      value: { settings: { theme: 'system', waterTargetMl: 2000 } },
    })
  })

  test('extra keys and prototype tricks are refused too', async ({ page }) => {
    const results = await page.evaluate(async () => [
      await window.limber.invoke('settings:update', { theme: 'dark', isAdmin: true } as never),
      await window.limber.invoke(
        'settings:update',
        JSON.parse('{"__proto__": {"theme": "dark"}}') as never,
      ),
      await window.limber.invoke('app:info', { anything: 1 } as never),
    ])
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
  })

  test('only contract channels and events exist', async ({ page }) => {
    const result = await page.evaluate(() => window.limber.invoke('fs:read' as never))
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    const threw = await page.evaluate(() => {
      try {
        window.limber.on('fs:changed' as never, () => {})
        return false
      } catch {
        return true
      }
    })
    expect(threw).toBe(true)
    const shape = await page.evaluate(() => ({
      keys: Object.keys(window.limber).sort(),
      frozen: Object.isFrozen(window.limber),
      replaceable: Object.getOwnPropertyDescriptor(window, 'limber')?.writable,
    }))
    expect(shape).toEqual({ keys: ['invoke', 'on'], frozen: true, replaceable: false })
  })

  test('a change is pushed to every open window', async ({ page, context, app }) => {
    const other = await context.newPage()
    await other.goto(`${app.url}#/settings`)
    await other.emulateMedia({ colorScheme: 'light' })
    await expect(other.locator('html')).toHaveAttribute('data-theme', 'light')
    await app.harness.waitForEventClients(2)
    await page.evaluate(() => window.limber.invoke('settings:update', { theme: 'dark' }))
    await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(other.getByRole('radio', { name: 'Dark' })).toBeChecked()
  })
})
