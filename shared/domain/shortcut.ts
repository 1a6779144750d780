import { z } from 'zod'

/**
 * A global shortcut in Electron's accelerator syntax ("CommandOrControl+Alt+K").
 * At least one of Ctrl/Cmd/Alt/Super is required: a plain or Shift-only key
 * would be taken from every other app the user types into.
 */
const MODIFIERS = [
  'CommandOrControl',
  'CmdOrCtrl',
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
] as const
const STRONG: ReadonlySet<string> = new Set(MODIFIERS.filter((m) => m !== 'Shift'))
const KEY =
  /^(?:[A-Z0-9]|F(?:[1-9]|1\d|2[0-4])|Space|Tab|Backspace|Delete|Insert|Home|End|PageUp|PageDown|Up|Down|Left|Right|Escape|Enter|Plus|[-=[\];',./`\\])$/

/** Why an accelerator cannot be used, or null when it can. */
export function acceleratorProblem(text: string): string | null {
  const parts = text.split('+').map((p) => p.trim())
  const key = parts.at(-1) ?? ''
  const mods = parts.slice(0, -1)
  if (parts.some((p) => p === '')) return 'Write it as keys joined by +, such as Ctrl+Alt+K'
  const unknown = mods.find((m) => !(MODIFIERS as readonly string[]).includes(m))
  if (unknown)
    return `“${unknown}” is not a modifier key; use Ctrl, Alt, Shift, Super or CommandOrControl`
  if (!KEY.test(key.length === 1 ? key.toUpperCase() : key))
    return `“${key}” is not a key a shortcut can use; end with a letter, a digit or F1–F24`
  if (!mods.some((m) => STRONG.has(m)))
    return 'Add Ctrl, Alt or Super, so the shortcut does not take a key other apps need'
  if (new Set(mods).size !== mods.length) return 'Each modifier once, please'
  return null
}

export const Accelerator = z
  .string()
  .trim()
  .min(1, 'Type a shortcut, such as Ctrl+Alt+K')
  .max(60, 'That is longer than any shortcut')
  .superRefine((text, ctx) => {
    const problem = acceleratorProblem(text)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** Suggested when the user first switches the shortcut on. */
export const DEFAULT_CRAMP_SHORTCUT = 'CommandOrControl+Alt+K'

/** What the system made of the shortcut, for Settings to say. */
export const ShortcutStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('active'), accelerator: z.string() }),
  /** The system said no: another app holds it, or the desktop does not allow it. */
  z.object({ state: z.literal('refused'), accelerator: z.string() }),
  /** The browser preview: there is no system to register with. */
  z.object({ state: z.literal('unavailable') }),
])
export type ShortcutStatus = z.infer<typeof ShortcutStatus>
