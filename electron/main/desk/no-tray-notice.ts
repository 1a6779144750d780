import { dialog, type BrowserWindow } from 'electron'

/** What Limber says, once, the first time closing quits because there is no tray. */
export const noTrayNoticeText = {
  message: 'Closing the window quits Limber on this desktop',
  detail:
    'Your desktop shows no tray icons, so Limber cannot keep running in the background: ' +
    'reminders come only while its window is open. To keep Limber in the tray, turn on a ' +
    'tray extension (on GNOME, "AppIndicator and KStatusNotifierItem Support") and start ' +
    'Limber again.',
  buttons: ['Quit Limber', 'Keep Limber open'],
} as const

/** Asks before the first such quit; resolves true to quit. */
export async function confirmQuitWithoutTray(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'info',
    title: 'Limber',
    message: noTrayNoticeText.message,
    detail: noTrayNoticeText.detail,
    buttons: [...noTrayNoticeText.buttons],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  })
  return response === 0
}
