import '@renderer/lib/zod-csp'
import { Routine } from '@shared/domain/routines/schema'
import { errorsFrom, inputFrom, type DraftErrors, type RoutineDraft } from './draft'

export type SaveInput = ReturnType<typeof inputFrom>

export type Validation = { ok: true; input: SaveInput } | { ok: false; errors: DraftErrors }

/** Checks a draft with the same schema main uses, so the messages match. */
export function validateDraft(draft: RoutineDraft): Validation {
  const input = inputFrom(draft)
  // A new routine has no id yet; a placeholder lets the rest be checked.
  const result = Routine.safeParse({ ...input, id: input.id ?? 'new', builtIn: false })
  if (result.success) return { ok: true, input }
  return { ok: false, errors: errorsFrom(result.error.issues, draft) }
}
