import { z } from 'zod'

/** "Postpone the next reminder" from the tray, before it fires: minutes, or to tomorrow. */
export const PostponeOption = z.union([
  z.literal(5),
  z.literal(15),
  z.literal(30),
  z.literal('tomorrow'),
])
export type PostponeOption = z.infer<typeof PostponeOption>

export const POSTPONE_CHOICES: readonly { option: PostponeOption; label: string }[] = [
  { option: 5, label: '5 minutes' },
  { option: 15, label: '15 minutes' },
  { option: 30, label: '30 minutes' },
  { option: 'tomorrow', label: 'Until tomorrow' },
]
