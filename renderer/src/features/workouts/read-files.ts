import { MAX_IMPORT_BYTES } from '../../../../shared/domain/workouts/limits'

export interface ReadFile {
  name: string
  dataBase64: string
}

/**
 * Reads a dropped or picked file as base64. FileReader works off the page's
 * thread, so even a few hundred MB zip never freezes the window while it
 * is read (a `btoa` over the bytes would).
 */
export function readAsBase64(file: File): Promise<ReadFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve({ name: file.name, dataBase64: url.slice(url.indexOf(',') + 1) })
    }
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable'))
    }
    reader.readAsDataURL(file)
  })
}

/** The contract takes at most 100 files and 512 MB per call; bigger drops go in several calls. */
export const MAX_FILES_PER_CALL = 100

export function batches(files: readonly File[]): File[][] {
  const out: File[][] = []
  let current: File[] = []
  let bytes = 0
  for (const file of files) {
    if (
      current.length === MAX_FILES_PER_CALL ||
      (current.length > 0 && bytes + file.size > MAX_IMPORT_BYTES)
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
