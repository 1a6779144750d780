import { describe, expect, it } from 'vitest'
import { installBridge } from './test-bridge'

// The bridge itself: what crosses it must look to main as it would in Electron.
describe('the renderer tests’ bridge to main', () => {
  it('carries a file’s bytes from the page to main’s workout import', async () => {
    const bridge = installBridge()
    const gpx = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><type>running</type><trkseg>
    <trkpt lat="51.5" lon="0"><time>2026-03-01T10:00:00Z</time></trkpt>
    <trkpt lat="51.51" lon="0"><time>2026-03-01T10:30:00Z</time></trkpt>
  </trkseg></trk>
</gpx>`
    const bytes = new Uint8Array(await new File([gpx], 'run.gpx').arrayBuffer())
    const result = await bridge.invoke('workouts:import', { files: [{ name: 'run.gpx', bytes }] })
    expect(result).toMatchObject({ ok: true, value: { added: 1, refused: [] } })
    expect(bridge.services.workouts.between('2026-03-01', '2026-03-01')).toHaveLength(1)
  })
})
