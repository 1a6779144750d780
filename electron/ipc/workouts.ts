import { basename } from 'node:path'
import type { Core } from '../services/core'
import type { WorkoutSource } from '../services/workouts/read-source'
import type { Handlers } from './types'

type WorkoutChannel =
  | 'workouts:import'
  | 'workouts:import-paths'
  | 'workouts:cancel'
  | 'workouts:list'
  | 'workouts:latest-before'
  | 'workouts:edit'
  | 'workouts:remove'

export function workoutHandlers(core: Core): Pick<Handlers, WorkoutChannel> {
  const s = () => core.services().workouts
  const importing = (sources: WorkoutSource[]) =>
    s().importCancellable(sources, (progress) => {
      core.emit('workouts:progress', progress)
    })
  return {
    'workouts:import': ({ files }) =>
      importing(files.map((f) => ({ name: f.name, bytes: f.bytes }))),
    // A file that is gone or unreadable by now is refused with its reason, like a bad one.
    'workouts:import-paths': ({ paths }) =>
      importing(paths.map((path) => ({ name: basename(path), path }))),
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
