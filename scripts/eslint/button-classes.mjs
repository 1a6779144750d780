// @ts-check

/**
 * A button's look comes from components/Button.tsx (`<Button tone size>` or
 * `buttonClass()` for a link drawn as a button), never from class names
 * typed by hand: one size scale and one set of tones, and a look that can be
 * changed in one place.
 */
const isButtonClass = (/** @type {string} */ token) =>
  token === 'button' || token.startsWith('button--')

/** @type {import('eslint').Rule.RuleModule} */
export const buttonClasses = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      handWritten:
        "Class '{{token}}' is written by hand: use <Button tone size> or buttonClass() from components/Button.",
    },
  },
  create(context) {
    /** @param {import('estree').Node} node @param {string} text */
    const check = (node, text) => {
      const token = text.split(/\s+/).find(isButtonClass)
      if (token) context.report({ node, messageId: 'handWritten', data: { token } })
    }
    /** @param {any} node */
    const scan = (node) => {
      if (!node || typeof node !== 'object') return
      if (node.type === 'Literal' && typeof node.value === 'string') check(node, node.value)
      else if (node.type === 'TemplateElement') check(node, node.value.raw)
      for (const key of Object.keys(node)) {
        if (key === 'parent') continue
        const child = node[key]
        if (Array.isArray(child)) child.forEach(scan)
        else if (child && typeof child.type === 'string') scan(child)
      }
    }
    return {
      /** @param {any} node */
      JSXAttribute(node) {
        if (node.name?.name === 'className') scan(node.value)
      },
    }
  },
}
