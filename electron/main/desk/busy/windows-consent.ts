import type { BusyDetector, Reading } from './detector'

/** What the consent-store check needs from the registry (HKCU), by key path. */
export interface RegistryTree {
  /** Full paths of the subkeys, or [] when the key does not exist. */
  subkeys(path: string): Promise<string[]>
  /** The key's values as reg.exe prints them ("0x0" for a REG_QWORD of 0). */
  values(path: string): Promise<Record<string, string>>
}

export const CONSENT_STORE =
  '\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

/**
 * Windows keeps, per app that was allowed the camera ("webcam") or the
 * microphone, when it last started and stopped using it. An app using it
 * right now has a start time and a LastUsedTimeStop of 0. Store apps are
 * subkeys of the capability; desktop apps are under NonPackaged.
 */
export async function capabilityInUse(
  reg: RegistryTree,
  capability: 'webcam' | 'microphone',
): Promise<Reading> {
  const base = `${CONSENT_STORE}\\${capability}`
  const top = await reg.subkeys(base)
  if (top.length === 0) return 'unknown'
  const nonPackaged = top.filter((k) => k.endsWith('\\NonPackaged'))
  const apps = [
    ...top.filter((k) => !k.endsWith('\\NonPackaged')),
    ...(await Promise.all(nonPackaged.map((k) => reg.subkeys(k)))).flat(),
  ]
  for (const app of apps) {
    const v = await reg.values(app)
    const start = v.LastUsedTimeStart
    if (start !== undefined && Number(start) !== 0 && Number(v.LastUsedTimeStop) === 0)
      return 'busy'
  }
  return 'free'
}

/** HKCU through the `winreg` package (which runs Windows' own reg.exe and parses its output). */
export async function winregTree(): Promise<RegistryTree> {
  const { default: Registry } = await import('winreg')
  const key = (path: string) => new Registry({ hive: Registry.HKCU, key: path })
  return {
    subkeys: (path) =>
      new Promise((resolve) => {
        key(path).keys((err, items) => {
          resolve(err instanceof Error ? [] : items.map((k) => k.key))
        })
      }),
    values: (path) =>
      new Promise((resolve) => {
        key(path).values((err, items) => {
          resolve(
            err instanceof Error ? {} : Object.fromEntries(items.map((i) => [i.name, i.value])),
          )
        })
      }),
  }
}

export function consentStoreDetectors(tree: () => Promise<RegistryTree>): BusyDetector[] {
  return [
    { signal: 'camera', read: async () => capabilityInUse(await tree(), 'webcam') },
    { signal: 'microphone', read: async () => capabilityInUse(await tree(), 'microphone') },
  ]
}
