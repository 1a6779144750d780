import { MAX_FILES_PER_IMPORT, MAX_IMPORT_BYTES } from '@shared/domain/workouts/limits'

export interface ReadFile {
  name: string
  bytes: Uint8Array<ArrayBuffer>
}

/**
 * Reads a dropped or picked file's bytes. The browser reads off the page's
 * thread and the bytes go to main as they are, so even a few hundred MB zip
 * never freezes the window (encoding it as text would).
 */
export async function readBytes(file: File): Promise<ReadFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}

/**
 * The contract takes at most 100 files and 512 MB per call; bigger drops go
 * in several calls. By path (Electron), size does not count: main reads
 * from disk.
 */
export function batches(files: readonly File[], bySize = true): File[][] {
  const out: File[][] = []
  let current: File[] = []
  let bytes = 0
  for (const file of files) {
    if (
      current.length === MAX_FILES_PER_IMPORT ||
      (bySize && current.length > 0 && bytes + file.size > MAX_IMPORT_BYTES)
    ) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += file.size
  }
  if (current.length > 0) out.push(current)
  return out
}

export const tooLarge = (file: File) => file.size > MAX_IMPORT_BYTES
