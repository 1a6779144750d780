import type AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'

/** Runs the scan and fails with each violation's rule, help and targets (readable in a report). */
export async function expectNoAxeViolations(builder: AxeBuilder): Promise<void> {
  const results = await builder.analyze()
  expect(
    results.violations.map((v) => ({
      rule: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    })),
  ).toEqual([])
  // Guard against scanning an empty page.
  expect(results.passes.length).toBeGreaterThan(10)
}
