import { describe, expect, it } from 'vitest'
import { loadKoffi } from './ffi'

// The Windows and macOS functions cannot be called here; this checks, with a
// real C library, the two things their bindings rely on: koffi loads through
// `koffi/indirect`, and an out pointer passed as a one-element array comes
// back with what the C function wrote.
describe.runIf(process.platform === 'linux')('koffi, for real', () => {
  it('loads, and an _Out_ int64 * receives what libc writes', async () => {
    const koffi = await loadKoffi()
    expect(koffi).not.toBeNull()
    if (!koffi) return
    const time = koffi
      .load('libc.so.6')
      .func('time', 'int64', [koffi.out(koffi.pointer('int64'))]) as (
      out: [number | bigint],
    ) => number | bigint
    const out: [number | bigint] = [0]
    const returned = Number(time(out))
    expect(Number(out[0])).toBe(returned)
    expect(Math.abs(returned * 1000 - Date.now())).toBeLessThan(5_000)
  })

  it('is loaded once and shared', async () => {
    expect(await loadKoffi()).toBe(await loadKoffi())
  })
})
