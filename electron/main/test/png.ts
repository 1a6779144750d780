import { inflateSync } from 'node:zlib'

/**
 * Width, colour type and RGBA pixels of an 8-bit, non-interlaced PNG, for
 * tests that look at the icons Limber ships. Other layouts yield no pixels.
 */
export function readPng(bytes: Buffer): {
  width: number
  colourType: number
  pixels: [number, number, number, number][]
} {
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  const colourType = bytes[25] ?? -1
  const idat: Buffer[] = []
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at)
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') {
      idat.push(bytes.subarray(at + 8, at + 8 + length))
    }
    at += 12 + length
  }
  if (colourType !== 6 || bytes[24] !== 8 || bytes[28] !== 0)
    return { width, colourType, pixels: [] }
  const rows = unfilter(inflateSync(Buffer.concat(idat)), width * 4, height, 4)
  const pixels: [number, number, number, number][] = []
  for (const row of rows) {
    for (let x = 0; x < row.length; x += 4) {
      pixels.push([row[x] ?? 0, row[x + 1] ?? 0, row[x + 2] ?? 0, row[x + 3] ?? 0])
    }
  }
  return { width, colourType, pixels }
}

/** Undoes the five PNG row filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Buffer, rowBytes: number, height: number, bpp: number): Uint8Array[] {
  const rows: Uint8Array[] = []
  let previous = new Uint8Array(rowBytes)
  for (let y = 0; y < height; y++) {
    const start = y * (rowBytes + 1)
    const filter = raw[start] ?? 0
    const row = new Uint8Array(raw.subarray(start + 1, start + 1 + rowBytes))
    for (let i = 0; i < rowBytes; i++) {
      const a = i >= bpp ? (row[i - bpp] ?? 0) : 0
      const b = previous[i] ?? 0
      const c = i >= bpp ? (previous[i - bpp] ?? 0) : 0
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0
      row[i] = ((row[i] ?? 0) + predicted) & 0xff
    }
    rows.push(row)
    previous = row
  }
  return rows
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}
