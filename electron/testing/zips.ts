import { ZipFile } from 'yazl'

/** Builds a zip in memory with yazl. */
export async function makeZip(
  members: readonly { name: string; bytes: Uint8Array | string }[],
): Promise<Buffer> {
  const zip = new ZipFile()
  for (const m of members) zip.addBuffer(Buffer.from(m.bytes), m.name)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50

/** Every offset where a header with this signature starts. */
function headers(zip: Buffer, signature: number): number[] {
  const found: number[] = []
  for (let i = 0; i + 4 <= zip.length; i++) if (zip.readUInt32LE(i) === signature) found.push(i)
  return found
}

/**
 * Renames a member in place (same length), in its local and central headers:
 * how a hostile zip gets a `../` or absolute name yazl itself refuses to write.
 */
export function renameMember(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have the same length')
  const out = Buffer.from(zip)
  const fromBytes = Buffer.from(from)
  for (const [signature, nameAt] of [
    [LOCAL, 30],
    [CENTRAL, 46],
  ] as const) {
    for (const at of headers(out, signature)) {
      if (out.subarray(at + nameAt, at + nameAt + fromBytes.length).equals(fromBytes))
        out.write(to, at + nameAt)
    }
  }
  return out
}

/** Makes the central directory claim `size` unpacked bytes for every member: a zip bomb that lies. */
export function declareSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip)
  for (const at of headers(out, CENTRAL)) out.writeUInt32LE(size, at + 24)
  return out
}
