import type { Core } from '../services/core'
import type { Handlers } from './types'

type ExperimentChannel =
  | 'experiments:list'
  | 'experiments:start'
  | 'experiments:abandon'
  | 'experiments:tonight'
  | 'experiments:result'
  | 'experiments:results'
  | 'experiments:tick'

export function experimentHandlers(core: Core): Pick<Handlers, ExperimentChannel> {
  const s = () => core.services().experiments
  return {
    'experiments:list': () => s().list(),
    'experiments:start': (setup) => s().start(setup),
    'experiments:abandon': ({ id }) => s().abandon(id),
    'experiments:tonight': () => s().tonight(),
    'experiments:result': ({ id }) => s().result(id),
    'experiments:results': () => s().results(),
    'experiments:tick': ({ id, date, done }) => {
      s().tick(id, date, done)
      return null
    },
  }
}
