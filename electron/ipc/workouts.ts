import type { Core } from '../services/core'
import type { Handlers } from './types'

type WorkoutChannel =
  | 'workouts:import'
  | 'workouts:cancel'
  | 'workouts:list'
  | 'workouts:latest-before'
  | 'workouts:edit'
  | 'workouts:remove'

export function workoutHandlers(core: Core): Pick<Handlers, WorkoutChannel> {
  const s = () => core.services().workouts
  return {
    'workouts:import': ({ files }) =>
      s().importCancellable(
        files.map((f) => ({ name: f.name, bytes: f.bytes })),
        (progress) => {
          core.emit('workouts:progress', progress)
        },
      ),
    'workouts:cancel': () => {
      s().cancel()
      return null
    },
    'workouts:list': ({ from, to }) => s().between(from, to),
    'workouts:latest-before': ({ date }) => s().latestDateBefore(date),
    'workouts:edit': (edit) => s().edit(edit),
    'workouts:remove': ({ id }) => {
      s().remove(id)
      return null
    },
  }
}
