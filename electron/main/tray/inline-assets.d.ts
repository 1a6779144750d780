// Vite turns `file?inline` into the file as a data URL (vite/client declares
// the same, along with browser-only types main does not want).
declare module '*?inline' {
  const dataUrl: string
  export default dataUrl
}
