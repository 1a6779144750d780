/** A timed track point: longitude, latitude (degrees), elevation (m) and UTC ms. */
export interface TrackPoint {
  lon: number
  lat: number
  ele: number | null
  t: number
}

const EARTH_RADIUS_M = 6_371_008.8
const toRad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres (haversine). */
export function haversineMeters(a: TrackPoint, b: TrackPoint): number {
  const dLat = toRad(b.lat - a.lat)
  const dLon = toRad(b.lon - a.lon)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Slower than this between two points counts as standing still. */
const MOVING_MIN_SPEED = 0.5

export interface TrackTotals {
  distanceMeters: number
  movingSeconds: number
  elevationGainMeters: number | null
}

/**
 * Totals over track segments (each an ordered list of points). Gaps between
 * segments add neither distance nor moving time. Elevation gain sums climbs
 * of at least 1 m so GPS jitter on the flat does not pile up.
 */
export function trackTotals(segments: readonly TrackPoint[][]): TrackTotals {
  let distanceMeters = 0
  let movingSeconds = 0
  let gain = 0
  let hasElevation = false
  for (const points of segments) {
    let base: number | null = null
    for (let i = 0; i < points.length; i++) {
      const point = points[i] as TrackPoint
      if (point.ele !== null) {
        hasElevation = true
        if (base === null || point.ele < base) base = point.ele
        else if (point.ele - base >= 1) {
          gain += point.ele - base
          base = point.ele
        }
      }
      const prev = points[i - 1]
      if (!prev) continue
      const meters = haversineMeters(prev, point)
      const seconds = (point.t - prev.t) / 1000
      distanceMeters += meters
      if (seconds > 0 && meters / seconds >= MOVING_MIN_SPEED) movingSeconds += seconds
    }
  }
  return { distanceMeters, movingSeconds, elevationGainMeters: hasElevation ? gain : null }
}
