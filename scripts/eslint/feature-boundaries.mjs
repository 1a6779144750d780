// @ts-check
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The renderer's layering, checked on every import (DESIGN.md):
 * - a feature is imported by another feature only through its index.ts
 *   (a feature's test/ helpers are open to test code);
 * - components/ and lib/ are shared by every feature and import none;
 * - an import that climbs two folders or more uses @renderer/… or @shared/….
 * routes/ and app/ compose features and may reach into them.
 */
const rendererSource = resolve(import.meta.dirname, '../../renderer/src')

/** @param {string} file */
const isTestCode = (file) => /\.test\.tsx?$/.test(file) || /\/test\//.test(file)

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      throughIndex:
        "Import '{{feature}}' through its index ('@renderer/features/{{feature}}'), not its file '{{rest}}'. Add the export to features/{{feature}}/index.ts if another feature needs it.",
      sharedImportsFeature:
        '{{layer}}/ is shared by every feature and must not import a feature (features/{{feature}}). Move the shared piece here instead.',
      useAlias: "Use '@renderer/{{target}}' instead of climbing folders with '{{spec}}'.",
    },
  },
  create(context) {
    const file = context.filename
    if (!file.startsWith(rendererSource + '/')) return {}
    const from = relative(rendererSource, file).split('/')
    const fromFeature = from[0] === 'features' ? from[1] : undefined

    /** @param {import('estree').Node & { source?: unknown }} node */
    const check = (node) => {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source)
      const spec = source?.value
      if (typeof spec !== 'string') return
      let target
      if (spec.startsWith('@renderer/')) target = join(rendererSource, spec.slice(10))
      else if (spec.startsWith('.')) target = resolve(dirname(file), spec)
      else return
      const targetRel = relative(rendererSource, target)
      if (spec.startsWith('../../') && !targetRel.startsWith('..')) {
        context.report({ node, messageId: 'useAlias', data: { target: targetRel, spec } })
      }
      const [top, feature, ...restParts] = targetRel.split('/')
      if (top !== 'features' || feature === undefined) return
      if (from[0] === 'components' || from[0] === 'lib') {
        context.report({
          node,
          messageId: 'sharedImportsFeature',
          data: { layer: from[0], feature },
        })
        return
      }
      if (fromFeature === undefined || fromFeature === feature) return
      const rest = restParts.join('/').replace(/\.tsx?$/, '')
      if (rest === '' || rest === 'index') return
      if (rest.startsWith('test/') && isTestCode(file)) return
      context.report({ node, messageId: 'throughIndex', data: { feature, rest } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}
