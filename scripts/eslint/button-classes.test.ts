import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'
import { buttonClasses } from './button-classes.mjs'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({
  languageOptions: {
    ecmaVersion: 2024,
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
})

tester.run('button-classes', buttonClasses, {
  valid: [
    { code: '<Button tone="primary" size="large">Save</Button>' },
    { code: "<Link className={buttonClass({ tone: 'quiet' })} to='/'>Back</Link>" },
    // A layout class of one's own, and words that merely contain "button".
    { code: '<Button className="rm-status__button">Done</Button>' },
    { code: '<div className="icon-button stepper__button" />' },
    { code: "<p aria-label='the button below'>x</p>" },
    // Outside className, strings are free (roles in tests, labels).
    { code: "const role = 'button'" },
  ],
  invalid: [
    {
      code: '<button className="button button--primary">Save</button>',
      errors: [{ messageId: 'handWritten', data: { token: 'button' } }],
    },
    {
      code: "<a className={`button ${x ? 'button--large' : ''}`}>Go</a>",
      errors: [{ messageId: 'handWritten' }, { messageId: 'handWritten' }],
    },
    {
      code: "<Link className={cx('episode-card__delete button--small')} />",
      errors: [{ messageId: 'handWritten', data: { token: 'button--small' } }],
    },
  ],
})
