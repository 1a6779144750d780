import { join, resolve } from 'node:path'
import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'
import { featureBoundaries } from './feature-boundaries.mjs'

RuleTester.describe = describe
RuleTester.it = it

const src = resolve(import.meta.dirname, '../../renderer/src')
const at = (file: string) => join(src, file)
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } })

tester.run('feature-boundaries', featureBoundaries, {
  valid: [
    // Another feature's index, by alias or by path.
    {
      filename: at('features/timeline/Day.tsx'),
      code: "import { x } from '@renderer/features/episodes'",
    },
    { filename: at('features/timeline/Day.tsx'), code: "import { x } from '../episodes'" },
    { filename: at('features/timeline/Day.tsx'), code: "import { x } from '../episodes/index'" },
    // Inside one feature, anything goes.
    {
      filename: at('features/episodes/components/Card.tsx'),
      code: "import { x } from '../labels'",
    },
    // Routes compose features and may reach into them (screens load lazily).
    {
      filename: at('routes/today/Today.tsx'),
      code: "import { x } from '@renderer/features/episodes/components/EpisodeCard'",
    },
    {
      filename: at('app/router.tsx'),
      code: "const m = import('@renderer/features/trends/TrendsCharts')",
    },
    // A feature's test helpers are open to test code.
    {
      filename: at('features/welcome/Welcome.test.tsx'),
      code: "import { x } from '@renderer/features/reminders/test/render'",
    },
    // Shared layers may use each other; shared/ is outside the renderer.
    { filename: at('components/Card.tsx'), code: "import { x } from '@renderer/lib/ipc'" },
    { filename: at('components/Card.tsx'), code: "import { x } from '@shared/contract'" },
    // Code outside the renderer is not checked.
    {
      filename: resolve(src, '../../electron/main/index.ts'),
      code: "import { x } from '../../renderer/src/features/a/b'",
    },
  ],
  invalid: [
    {
      filename: at('features/timeline/Day.tsx'),
      code: "import { x } from '@renderer/features/episodes/labels'",
      errors: [{ messageId: 'throughIndex', data: { feature: 'episodes', rest: 'labels' } }],
    },
    {
      filename: at('features/timeline/Day.tsx'),
      code: "import { x } from '../episodes/components/EpisodeCard'",
      errors: [{ messageId: 'throughIndex' }],
    },
    {
      filename: at('features/timeline/Day.tsx'),
      code: "export { x } from '@renderer/features/episodes/format'",
      errors: [{ messageId: 'throughIndex' }],
    },
    {
      // A stylesheet is a feature's own file too.
      filename: at('features/data/Panel.tsx'),
      code: "import styles from '@renderer/features/transfer/transfer.module.css'",
      errors: [{ messageId: 'throughIndex' }],
    },
    {
      // Test helpers stay closed to app code.
      filename: at('features/welcome/Welcome.tsx'),
      code: "import { x } from '@renderer/features/reminders/test/render'",
      errors: [{ messageId: 'throughIndex' }],
    },
    {
      filename: at('components/Card.tsx'),
      code: "import { x } from '@renderer/features/episodes'",
      errors: [
        { messageId: 'sharedImportsFeature', data: { layer: 'components', feature: 'episodes' } },
      ],
    },
    {
      filename: at('lib/clock.ts'),
      code: "import { x } from '../features/settings/queries'",
      errors: [{ messageId: 'sharedImportsFeature' }],
    },
    {
      filename: at('features/episodes/components/Card.tsx'),
      code: "import { x } from '../../../lib/ipc'",
      errors: [{ messageId: 'useAlias', data: { target: 'lib/ipc', spec: '../../../lib/ipc' } }],
    },
  ],
})
