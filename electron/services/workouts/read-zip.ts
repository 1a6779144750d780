import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { WorkoutRefusal } from './refusal'

/** A workout file inside a zip is never bigger than this once unpacked. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024
/** Apple Health's export.xml may run to gigabytes; nothing else is allowed near that. */
export const MAX_HEALTH_BYTES = 16 * 1024 ** 3
/** Packed more tightly than this (and big), an entry is treated as a zip bomb. */
const MAX_RATIO = 200
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024

export interface ZipMember {
  name: string
  size: number
  open(): Promise<Readable>
}

const isHealthXml = (name: string) => /(^|\/)export\.xml$/i.test(name)

/**
 * Opens a zip with yauzl and checks every entry before any is read: names
 * must stay inside the archive (yauzl refuses absolute and ../ paths), and the
 * declared sizes must be within limits and not wildly out of proportion to
 * the packed size. While an entry streams, yauzl checks the real size against
 * the declared one, so a lying header fails there.
 */
export async function openZip(
  source: Buffer | string,
): Promise<{ members: ZipMember[]; close(): void }> {
  const options = {
    lazyEntries: true,
    autoClose: false,
    strictFileNames: true,
    validateEntrySizes: true,
  }
  let zip: ZipFile
  try {
    zip =
      typeof source === 'string'
        ? await yauzl.openPromise(source, options)
        : await yauzl.fromBufferPromise(source, options)
  } catch (error) {
    throw new WorkoutRefusal('not-a-workout', `The zip cannot be opened: ${String(error)}`)
  }
  const entries: Entry[] = []
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry)
  } catch (error) {
    zip.close()
    const message = String(error)
    const unsafe = /path|file name|filename/i.test(message)
    throw new WorkoutRefusal(unsafe ? 'unsafe-archive' : 'not-a-workout', message)
  }
  for (const entry of entries) {
    const limit = isHealthXml(entry.fileName) ? MAX_HEALTH_BYTES : MAX_ENTRY_BYTES
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (
      entry.uncompressedSize > limit ||
      (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_RATIO)
    ) {
      zip.close()
      throw new WorkoutRefusal(
        'too-large',
        `${entry.fileName} claims ${entry.uncompressedSize} bytes from ${entry.compressedSize}.`,
      )
    }
  }
  const members = entries
    .filter((entry) => !entry.fileName.endsWith('/'))
    .map((entry) => ({
      name: entry.fileName,
      size: entry.uncompressedSize,
      open: () => zip.openReadStreamPromise(entry),
    }))
  return {
    members,
    close: () => {
      zip.close()
    },
  }
}

/** Reads a member whole, stopping (as too large) once it passes `limit` bytes whatever its header said. */
export async function readMember(member: ZipMember, limit = MAX_ENTRY_BYTES): Promise<Buffer> {
  const stream = await member.open()
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length
      if (total > limit)
        throw new WorkoutRefusal('too-large', `${member.name} unpacks to more than ${limit} bytes.`)
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    stream.destroy()
    if (error instanceof WorkoutRefusal) throw error
    // yauzl: "too many bytes in the stream" when the real size beats the declared one.
    const message = String(error)
    throw new WorkoutRefusal(
      /too many bytes|size/i.test(message) ? 'too-large' : 'cut-off',
      message,
    )
  }
  return Buffer.concat(chunks)
}
