import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { create as createTar } from 'tar'
import { ZipFile } from 'yazl'

/**
 * Loopback stand-ins (127.0.0.1) for the two servers the first `npm start`
 * needs: Electron's release server (the binary's zip and its
 * SHASUMS256.txt) and Electron's headers server (a headers tarball and its
 * SHASUMS256.txt, for compiling the SQLite module). The "Electron" in the zip
 * is a tiny script that records how it was launched and exits, so a test
 * sees exactly what `npm start` ran.
 */
export interface StandInMirror {
  /** For ELECTRON_MIRROR (ends in a slash, as @electron/get expects). */
  electronMirror: string
  /** For npm_config_disturl. */
  headersUrl: string
  /** The same server as an HTTP proxy (it answers absolute-form requests). */
  proxyUrl: string
  /** Every path asked for, in order. */
  requests: string[]
  /** Requests that came through it as a proxy, as full URLs. */
  proxied: string[]
  close(): Promise<void>
}

/** Where the stand-in writes its arguments and working directory. */
export const RECORD_VARIABLE = 'LIMBER_STAND_IN_RECORD'

// Electron's fuse wire (@electron/fuses' format: sentinel, wire version 1,
// length, then one '0'/'1' per fuse), so electron-builder can flip the fuses
// of the stand-in as it does those of the real binary.
const FUSE_WIRE = `dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x0800000000`

const STAND_IN_ELECTRON = `#!/bin/sh
# Stand-in for the Electron binary: records how it was started, then exits.
# ${FUSE_WIRE}
{
  printf 'cwd=%s\\n' "$PWD"
  for arg in "$@"; do printf 'arg=%s\\n' "$arg"; done
} > "\${${RECORD_VARIABLE}:-/dev/null}"
exit 0
`

function zipOf(entries: { name: string; data: string; mode: number }[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile()
    for (const entry of entries)
      zip.addBuffer(Buffer.from(entry.data), entry.name, { mode: entry.mode })
    zip.end()
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => {
      resolve(Buffer.concat(chunks))
    })
  })
}

/** The headers of the Node running this test, laid out as Electron's tarball. */
async function headersTarball(version: string): Promise<Buffer> {
  const candidates = [
    join(dirname(dirname(process.execPath)), 'include', 'node'),
    '/usr/include/node',
  ]
  const include = candidates.find((dir) => existsSync(join(dir, 'node_api.h')))
  if (!include) throw new Error(`no Node headers found in ${candidates.join(' or ')}`)
  const stage = mkdtempSync(join(tmpdir(), 'limber-headers-'))
  try {
    const file = join(stage, 'headers.tar.gz')
    await createTar(
      {
        gzip: true,
        file,
        cwd: dirname(dirname(include)),
        // node-gyp strips the first folder: node-v<version>/include/node/…
        prefix: `node-v${version}`,
        portable: true,
      },
      ['include/node'],
    )
    return readFileSync(file)
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Serves a stand-in Electron for each of `arches` (this machine's by default). */
export async function startStandInMirror(options: {
  electronVersion: string
  platform?: string
  arches?: string[]
}): Promise<StandInMirror> {
  const version = options.electronVersion
  const platform = options.platform ?? process.platform
  const zips = new Map<string, Buffer>()
  for (const arch of options.arches ?? [process.arch]) {
    const zip = await zipOf([
      { name: 'electron', data: STAND_IN_ELECTRON, mode: 0o100755 },
      // Real Electron zips carry it; install.js checks it to know it is done.
      { name: 'version', data: version, mode: 0o100644 },
    ])
    zips.set(`electron-v${version}-${platform}-${arch}.zip`, zip)
  }
  const sums = [...zips].map(([name, zip]) => `${sha256(zip)} *${name}\n`).join('')
  const headersName = `node-v${version}-headers.tar.gz`
  const headers = await headersTarball(version)

  const files = new Map<string, Buffer>([
    ...[...zips].map(([name, zip]) => [`/electron/v${version}/${name}`, zip] as [string, Buffer]),
    [`/electron/v${version}/SHASUMS256.txt`, Buffer.from(sums)],
    [`/headers/v${version}/${headersName}`, headers],
    [`/headers/v${version}/SHASUMS256.txt`, Buffer.from(`${sha256(headers)}  ${headersName}\n`)],
  ])
  const requests: string[] = []
  const proxied: string[] = []
  const tunnelled = new WeakSet<object>()
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/'
    // Through the proxy: absolute-form, or inside a CONNECT tunnel.
    if (/^https?:\/\//.test(url)) proxied.push(url)
    else if (tunnelled.has(request.socket))
      proxied.push(`http://${request.headers.host ?? ''}${url}`)
    const path = new URL(url, 'http://127.0.0.1').pathname
    requests.push(path)
    const body = files.get(path)
    if (!body) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-length': body.length }).end(body)
  })
  // As a proxy (undici's, which @electron/get uses, always tunnels): answer
  // CONNECT and serve the tunnelled requests from the same files.
  server.on('connect', (_request, socket: Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    tunnelled.add(socket)
    if (head.length > 0) socket.unshift(head)
    server.emit('connection', socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    electronMirror: `http://127.0.0.1:${port}/electron/`,
    headersUrl: `http://127.0.0.1:${port}/headers`,
    proxyUrl: `http://127.0.0.1:${port}`,
    requests,
    proxied,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
