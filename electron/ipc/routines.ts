import type { Core } from '../services/core'
import type { Handlers } from './types'

type RoutineChannel =
  | 'routines:list'
  | 'routines:get'
  | 'routines:save'
  | 'routines:remove'
  | 'routines:restore-builtin'
  | 'routines:record-session'
  | 'routines:sessions'
  | 'routines:adherence'
  | 'routines:playing'

export function routineHandlers(core: Core): Pick<Handlers, RoutineChannel> {
  const s = () => core.services().routines
  return {
    'routines:list': () => s().list(),
    'routines:get': ({ id }) => s().get(id),
    'routines:save': (routine) => s().save(routine),
    'routines:remove': ({ id }) => {
      s().remove(id)
      return null
    },
    'routines:restore-builtin': ({ id }) => s().restoreBuiltIn(id),
    'routines:record-session': (session) => s().recordSession(session),
    'routines:sessions': ({ days }) => s().recent(days),
    'routines:adherence': () => s().adherence(),
    'routines:playing': ({ playing }) => {
      core.options.setPlaying?.(playing)
      return null
    },
  }
}
