import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { channels, contract, IpcErrorCode } from '../../shared/contract'
import { episodeInput } from '../testing/episodes'
import { arbitraryFor } from '../testing/fuzz/from-zod'
import { anyPayload, mutated } from '../testing/fuzz/hostile'
import { wireCore } from '../testing/fuzz/wire'

// Every contract channel, including ones added after this file was written.
const RUNS = Number(process.env['LIMBER_FUZZ_RUNS'] ?? 1000)
const SEED = 7_2026
// Channels whose every valid call does real work over the whole journal (a
// fuzzed entry in 1970 makes "all time" nearly 3,000 weeks, about 90 ms a
// call): far fewer of their runs are valid, the same number of runs in all.
const HEAVY = new Set<string>(['trends:data', 'trends:insights', 'journal:today', 'journal:export'])
const stats: string[] = []
afterAll(() => {
  console.info(`IPC fuzz, ${RUNS} runs per channel (valid/invalid):\n${stats.join('\n')}`)
})

describe('IPC fuzzing', () => {
  // One data folder for the whole suite, in RAM where available: thousands of
  // fsyncs on a real disk would make this minutes instead of seconds.
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'limber-fuzz-'))
  const wired = wireCore(dataDir)
  afterAll(() => {
    wired.core.close()
    rmSync(dataDir, { recursive: true, force: true })
  })
  wired.core.services().journal.create(episodeInput({ notes: 'seed entry' }), 'form')

  it.each(channels)(
    '%s: typed answers only, and bad input changes nothing',
    async (channel) => {
      const schema = contract[channel].input
      const valid = arbitraryFor(schema)
      const heavy = HEAVY.has(channel)
      const payload = fc.oneof(
        { arbitrary: valid, weight: heavy ? 1 : 10 },
        { arbitrary: mutated(valid), weight: heavy ? 20 : 8 },
        { arbitrary: anyPayload, weight: 5 },
      )
      let goodCount = 0
      let badCount = 0
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const isValid = schema.safeParse(input).success
          const before = wired.writes()
          const result = await wired.invoke(channel, input)
          // Always the typed shape, never a throw or a bare value.
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) expect(IpcErrorCode.safeParse(result.error.code).success).toBe(true)
          if (isValid) {
            goodCount++
            if (!result.ok) expect(result.error.code).not.toBe('internal')
          } else {
            badCount++
            expect(result.ok ? null : result.error.code).toBe('invalid_input')
            expect(wired.writes()).toBe(before)
          }
          expect(wired.unexpected).toEqual([])
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      )
      stats.push(`  ${channel}: ${goodCount}/${badCount}`)
      expect(goodCount + badCount).toBe(RUNS)
    },
    180_000,
  )
})
