// The part of the `x11` package (pure JavaScript, no types of its own) that Limber uses.
declare module 'x11' {
  type Callback<T> = (err: Error | null, value: T) => void
  export interface XProperty {
    type: number
    format: number
    data: Buffer
  }
  export interface XClient {
    InternAtom(onlyIfExists: boolean, name: string, cb: Callback<number>): void
    GetProperty(
      del: number,
      wid: number,
      atom: number,
      type: number,
      longOffset: number,
      longLength: number,
      cb: Callback<XProperty>,
    ): void
    on(event: 'error', listener: (err: Error) => void): void
    close(cb?: () => void): void
  }
  export interface XDisplay {
    client: XClient
    screen: { root: number }[]
  }
  export function createClient(
    options: { display?: string },
    cb: (err: Error | null, display: XDisplay) => void,
  ): { on(event: 'error', listener: (err: Error) => void): void }
}
