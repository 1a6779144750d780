import { closeSync, openSync, readSync } from 'node:fs'

/** What a native module was compiled for, read from its file header. */
export interface BinaryTarget {
  format: 'elf' | 'mach-o' | 'pe'
  platform: 'linux' | 'darwin' | 'win32'
  /** Node's names (`process.arch`); a universal Mach-O file lists several. */
  arch: string[]
}

// Machine codes from the ELF, Mach-O and PE specifications, by Node arch name.
const ELF_MACHINES: Record<number, string> = { 3: 'ia32', 40: 'arm', 62: 'x64', 183: 'arm64' }
const MACHO_CPUS: Record<number, string> = { 0x01000007: 'x64', 0x0100000c: 'arm64', 7: 'ia32' }
const PE_MACHINES: Record<number, string> = { 0x14c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' }

/**
 * Reads the platform and CPU of a compiled module, so packaging for arm64
 * can never ship an x64 module (it would only fail on the user's machine,
 * as "Limber cannot start"). Returns null for a file that is none of the
 * three formats.
 */
export function readBinaryTarget(file: string): BinaryTarget | null {
  const head = Buffer.alloc(4096)
  const fd = openSync(file, 'r')
  let length: number
  try {
    length = readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  return parseBinaryTarget(head.subarray(0, length))
}

export function parseBinaryTarget(head: Buffer): BinaryTarget | null {
  if (head.length < 64) return null
  // ELF: 0x7f 'E' 'L' 'F'; byte 5 is the byte order; e_machine at 18.
  if (head.readUInt32BE(0) === 0x7f454c46) {
    const machine = head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18)
    return { format: 'elf', platform: 'linux', arch: [ELF_MACHINES[machine] ?? `elf-${machine}`] }
  }
  // Mach-O, 64- or 32-bit, little-endian on every Mac: magic then cputype.
  const magic = head.readUInt32LE(0)
  if (magic === 0xfeedfacf || magic === 0xfeedface) {
    const cpu = head.readUInt32LE(4)
    return { format: 'mach-o', platform: 'darwin', arch: [MACHO_CPUS[cpu] ?? `cpu-${cpu}`] }
  }
  // Universal ("fat") Mach-O: big-endian count, then 20-byte entries.
  if (head.readUInt32BE(0) === 0xcafebabe) {
    const count = head.readUInt32BE(4)
    if (count === 0 || count > 8 || 8 + count * 20 > head.length) return null
    const arch = Array.from({ length: count }, (_, i) => {
      const cpu = head.readUInt32BE(8 + i * 20)
      return MACHO_CPUS[cpu] ?? `cpu-${cpu}`
    })
    return { format: 'mach-o', platform: 'darwin', arch }
  }
  // PE: 'MZ', the PE header's offset at 0x3c, 'PE\0\0', then Machine.
  if (head.readUInt16LE(0) === 0x5a4d) {
    const offset = head.readUInt32LE(0x3c)
    if (offset + 6 > head.length || head.readUInt32LE(offset) !== 0x4550) return null
    const machine = head.readUInt16LE(offset + 4)
    return {
      format: 'pe',
      platform: 'win32',
      arch: [PE_MACHINES[machine] ?? `machine-${machine}`],
    }
  }
  return null
}

/** Null when the file suits the target, otherwise what it was built for. */
export function targetMismatch(
  file: string,
  target: { platform: string; arch: string },
): string | null {
  const found = readBinaryTarget(file)
  if (!found) return 'not a compiled module (no ELF, Mach-O or PE header)'
  if (found.platform === target.platform && found.arch.includes(target.arch)) return null
  return `built for ${found.platform}-${found.arch.join('+')}`
}
