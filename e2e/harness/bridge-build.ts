import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import type { BridgeConfig } from './bridge'

/**
 * Compiles bridge.ts into one classic script that defines `window.limber`
 * and nothing else. Done once at harness start; the app's CSP allows it
 * because it is a same-origin file, not an inline script.
 */
export function buildBridgeScript(harnessDir: string, config: BridgeConfig): string {
  const source = readFileSync(join(harnessDir, 'bridge.ts'), 'utf8')
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName: 'bridge.ts',
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      verbatimModuleSyntax: false,
      removeComments: true,
    },
  })
  if (diagnostics && diagnostics.length > 0) {
    const text = ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText ?? '', '\n')
    throw new Error(`Could not compile the harness bridge: ${text}`)
  }
  // The CommonJS output needs an `exports` object; `require` must never be
  // called (bridge.ts imports types only), so it is left undefined on purpose.
  const body = outputText.replace(/^"use strict";\s*/, '')
  return `(function () {
'use strict';
var exports = {};
${body}
exports.installBridge(window, ${JSON.stringify(config)}, {
  fetch: function (url, init) { return window.fetch(url, init); },
  EventSource: window.EventSource
});
})();
`
}
