/**
 * A small driver the memory measure installs in the page: it clicks through
 * the app as a user would (real DOM clicks, React's own handlers) and waits
 * for each screen's answer, all inside the page. Playwright's per-action
 * round trips made 300 cycles take many minutes on a busy two-core machine.
 * Source text, because the TypeScript loader decorates named functions with
 * a helper the page does not have.
 */
export const PAGE_DRIVER = `(() => {
  const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim()
  const waitFor = (find, what, timeoutMs = 15000) =>
    new Promise((resolve, reject) => {
      const start = performance.now()
      const poll = () => {
        const found = find()
        if (found) return resolve(found)
        if (performance.now() - start > timeoutMs) return reject(new Error('timed out waiting for ' + what))
        setTimeout(poll, 5)
      }
      poll()
    })
  const button = (label) => () =>
    [...document.querySelectorAll('main button')].find((b) => text(b) === label || b.getAttribute('aria-label') === label || text(b).startsWith(label + ' '))
  const heading = (label, level = 'h1') => () =>
    [...document.querySelectorAll('main ' + level)].find((h) => text(h) === label)
  const navLink = (label) => () =>
    [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => text(a) === label)

  async function screen(label) {
    ;(await waitFor(navLink(label), 'the ' + label + ' link')).click()
    await waitFor(heading(label), 'the ' + label + ' heading')
  }

  /** Cramp now, It's over, pain 5, Save; then Delete it from Today's recent cramps. */
  async function logAndDelete() {
    ;(await waitFor(() => document.querySelector('main .cramp-now-button'), 'Cramp now')).click()
    ;(await waitFor(button('It’s over'), 'It’s over')).click()
    const pain = await waitFor(() => document.querySelector('main .pain-scale input[value="5"]'), 'the pain scale')
    pain.click()
    ;(await waitFor(button('Save'), 'Save')).click()
    await waitFor(() => [...document.querySelectorAll('main h2, main h1')].find((h) => text(h) === 'Saved to your journal'), 'the saved message')
    // The new entry's id, from its "Add details" link, so the card deleted is this one.
    const details = await waitFor(() => document.querySelector('main a[href*="/journal/entry/"]'), 'Add details')
    const id = details.getAttribute('href').split('/journal/entry/')[1]
    await screen('Today')
    const titleId = 'episode-' + id + '-title'
    const card = await waitFor(() => document.getElementById(titleId)?.closest('article'), 'the new cramp on Today')
    card.querySelector('button[aria-label^="Delete"]').click()
    // Gone from the list, and the snackbar offers Undo.
    await waitFor(() => !document.getElementById(titleId), 'the card to go')
    await waitFor(() => {
      const snack = document.querySelector('.undo-snackbar__text')
      return snack && text(snack).startsWith('Deleted:')
    }, 'the undo message')
  }

  window.__bench = { screen, logAndDelete }
})()`
