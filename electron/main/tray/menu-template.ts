import type { MenuItemConstructorOptions } from 'electron'
import {
  POSTPONE_CHOICES,
  reminderKinds,
  type DeskKind,
  type PauseOption,
  type PostponeOption,
} from '../../../shared/domain/reminders'
import type { TrayModel } from './menu-model'

/** What the tray menu's items do; the desk side maps them to the app and the reminders. */
export interface TrayActions {
  startDeskBreak: () => void
  /** Starts the cramp timer; the window stays where it is. */
  crampNow: () => void
  /** "It's over": the end is recorded now and the window opens for the details. */
  crampOver: () => void
  /** Opens the window on the running cramp timer. */
  openCramp: () => void
  postpone: (option: PostponeOption) => void
  logCramp: () => void
  done: (kind: DeskKind) => void
  pause: (option: PauseOption) => void
  resume: () => void
  open: () => void
  quit: () => void
}

export const PAUSE_CHOICES: readonly { option: PauseOption; label: string }[] = [
  { option: '30m', label: '30 minutes' },
  { option: '1h', label: '1 hour' },
  { option: '2h', label: '2 hours' },
  { option: 'tomorrow', label: 'Until tomorrow' },
  { option: 'until_resume', label: 'Until I resume' },
]

const DESK_KINDS: readonly DeskKind[] = ['move', 'hydrate']

/** The tray's context menu. Pure, so every item can be clicked in a test. */
export function trayMenuTemplate(
  model: TrayModel,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const item = (label: string, run: () => void): MenuItemConstructorOptions => ({
    label,
    click: () => {
      run()
    },
  })
  const always = [item('Open Limber', actions.open), item('Quit Limber', actions.quit)]
  // Timing a cramp needs no window: the tray starts it, shows it and ends it.
  const cramp: MenuItemConstructorOptions[] = model.live
    ? [
        { label: model.live.line, enabled: false },
        model.live.stopped
          ? item('Add the cramp’s details…', actions.openCramp)
          : item('It’s over…', actions.crampOver),
      ]
    : [item('Cramp now', actions.crampNow)]
  if (!model.reminders) return always

  const status = model.status.map((label): MenuItemConstructorOptions => ({
    label,
    enabled: false,
  }))
  const deskActs = DESK_KINDS.map((kind) =>
    item(reminderKinds[kind].doneLabel ?? reminderKinds[kind].label, () => {
      actions.done(kind)
    }),
  )
  const pause: MenuItemConstructorOptions = {
    label: 'Pause reminders',
    submenu: PAUSE_CHOICES.map(({ option, label }) =>
      item(label, () => {
        actions.pause(option)
      }),
    ),
  }
  const postpone: MenuItemConstructorOptions[] = model.postpone
    ? [
        {
          label: model.postpone.label,
          submenu: POSTPONE_CHOICES.filter((c) => model.postpone?.choices.includes(c.option)).map(
            ({ option, label }) =>
              item(label, () => {
                actions.postpone(option)
              }),
          ),
        },
      ]
    : []
  return [
    ...status,
    separator,
    item('Start desk break', actions.startDeskBreak),
    ...cramp,
    item('Log a cramp…', actions.logCramp),
    separator,
    ...deskActs,
    separator,
    ...postpone,
    pause,
    ...(model.paused ? [item('Resume reminders', actions.resume)] : []),
    separator,
    ...always,
  ]
}
