/**
 * Hands a file to the browser as a download (the browser preview has no
 * save dialog). A blob: URL on an a[download] is allowed under the app's
 * CSP: downloads are not fetches, so connect-src does not apply.
 */
export function downloadFile({
  fileName,
  mimeType,
  content,
}: {
  fileName: string
  mimeType: string
  content: string
}): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // The click starts the download synchronously; release the memory soon after.
    setTimeout(() => {
      URL.revokeObjectURL(url)
    }, 10_000)
  }
}
