/**
 * The text of a PDF, page by page joined with spaces, read with pdf.js (the
 * legacy build runs in Node without a canvas or a worker).
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise
  const parts: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const content = await page.getTextContent()
    for (const item of content.items) {
      if ('str' in item) parts.push(item.str)
    }
  }
  const pages = doc.numPages
  await doc.destroy()
  return { pages, text: parts.join(' ').replace(/\s+/g, ' ') }
}
