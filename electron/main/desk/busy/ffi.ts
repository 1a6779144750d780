/**
 * Koffi, a maintained FFI with prebuilt Node-API binaries, for the few
 * system questions that have no JavaScript API: Windows' notification state
 * and macOS's camera and microphone. Loaded on first use, never on Linux.
 *
 * `koffi/indirect` finds its native file by path only: in the packaged app
 * at process.resourcesPath/koffi/<platform>_<arch>/koffi.node, where
 * packaging puts it (scripts/desktop/ffi-module.ts); under Node (the tests)
 * in node_modules. A system without it gets null, and the detectors that
 * need it read "unknown".
 */
export type Koffi = typeof import('koffi/indirect')

let loading: Promise<Koffi | null> | null = null

export function loadKoffi(): Promise<Koffi | null> {
  loading ??= import('koffi/indirect').then(
    (k) => k,
    () => null,
  )
  return loading
}
