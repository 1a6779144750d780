import { describe, expect, it } from 'vitest'
import { firstInvalidControl } from './focus-first-invalid'

function form(html: string): HTMLFormElement {
  const element = document.createElement('form')
  element.innerHTML = html
  return element
}

describe('firstInvalidControl', () => {
  it('is the first marked control in document order', () => {
    const f = form(`
      <input name="a" />
      <textarea name="b" aria-invalid="true"></textarea>
      <input name="c" aria-invalid="true" />`)
    expect(firstInvalidControl(f)?.getAttribute('name')).toBe('b')
  })

  it('inside a marked group, the chosen option before the first one', () => {
    const f = form(`
      <fieldset data-invalid>
        <input type="radio" name="pain" value="0" />
        <input type="radio" name="pain" value="7" checked />
      </fieldset>
      <input name="later" aria-invalid="true" />`)
    expect(firstInvalidControl(f)?.getAttribute('value')).toBe('7')
  })

  it('inside a marked group with nothing chosen, its first control; a marked select itself', () => {
    expect(
      firstInvalidControl(
        form(`<div data-invalid><label>Days</label><input type="checkbox" name="mon" /></div>`),
      )?.getAttribute('name'),
    ).toBe('mon')
    expect(firstInvalidControl(form(`<select data-invalid name="step"></select>`))?.tagName).toBe(
      'SELECT',
    )
  })

  it('is null when nothing is marked', () => {
    expect(firstInvalidControl(form(`<input name="ok" />`))).toBeNull()
    expect(firstInvalidControl(null)).toBeNull()
  })
})
