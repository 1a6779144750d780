import { describe, expect, it } from 'vitest'
import { consentStoreDetectors, CONSENT_STORE, type RegistryTree } from './windows-consent'

/** A fake HKCU: key path → values; subkeys are the keys one level below. */
function fakeRegistry(keys: Record<string, Record<string, string>>): RegistryTree {
  return {
    subkeys: (path) =>
      Promise.resolve(
        Object.keys(keys).filter(
          (k) => k.startsWith(`${path}\\`) && !k.slice(path.length + 1).includes('\\'),
        ),
      ),
    values: (path) => Promise.resolve(keys[path] ?? {}),
  }
}
const webcam = `${CONSENT_STORE}\\webcam`
const mic = `${CONSENT_STORE}\\microphone`
const stopped = { LastUsedTimeStart: '0x1db4f2a6c2e1a00', LastUsedTimeStop: '0x1db4f2a9d1b3c00' }
const running = { LastUsedTimeStart: '0x1db4f2a6c2e1a00', LastUsedTimeStop: '0x0' }

async function read(keys: Record<string, Record<string, string>>) {
  const [camera, microphone] = consentStoreDetectors(() => Promise.resolve(fakeRegistry(keys)))
  return [await camera?.read(), await microphone?.read()]
}

describe('Windows capability-access consent store', () => {
  it('a desktop app using the camera now (stop time 0) is busy; a finished call is not', async () => {
    const zoom = `${webcam}\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`
    expect(
      await read({
        [webcam]: { Value: 'Allow' },
        [`${webcam}\\NonPackaged`]: {},
        [zoom]: running,
        [mic]: {},
      }),
    ).toEqual(['busy', 'unknown'])
    expect(await read({ [`${webcam}\\NonPackaged`]: {}, [zoom]: stopped })).toEqual([
      'free',
      'unknown',
    ])
  })

  it('a Store app recording the microphone is busy; one never used (no start time) is not', async () => {
    const teams = `${mic}\\MSTeams_8wekyb3d8bbwe`
    const camera = `${webcam}\\Microsoft.WindowsCamera_8wekyb3d8bbwe`
    expect(await read({ [teams]: running, [camera]: { Value: 'Allow' } })).toEqual(['free', 'busy'])
    expect(
      await read({ [teams]: { Value: 'Allow', LastUsedTimeStop: '0x0' }, [camera]: stopped }),
    ).toEqual(['free', 'free'])
  })

  it('unknown when the consent store is not there (older Windows, policy)', async () => {
    expect(await read({})).toEqual(['unknown', 'unknown'])
  })
})
