import type { Core } from '../services/core'
import { todaySummary } from '../services/today'
import type { Handlers } from './types'

type JournalChannel =
  | 'journal:list'
  | 'journal:get'
  | 'journal:create'
  | 'journal:update'
  | 'journal:delete'
  | 'journal:restore'
  | 'journal:live-get'
  | 'journal:live-start'
  | 'journal:live-stop'
  | 'journal:live-resume'
  | 'journal:live-finish'
  | 'journal:live-cancel'
  | 'journal:today'
  | 'journal:export'
  | 'journal:import-preview'
  | 'journal:import'

export function journalHandlers(core: Core): Pick<Handlers, JournalChannel> {
  const s = () => core.services()
  /**
   * The tray follows the cramp timer. The window that changed it already
   * has the answer: an event racing that answer would swap the screen
   * under the form that is still saving.
   */
  const told = <T>(result: T): T => {
    core.liveChanged()
    return result
  }
  return {
    'journal:list': (input) => s().journal.list(input),
    'journal:get': ({ id }) => s().journal.get(id),
    'journal:create': ({ episode, via }) => s().journal.create(episode, via),
    'journal:update': ({ id, episode }) => s().journal.update(id, episode),
    'journal:delete': ({ id }) => s().journal.delete(id),
    'journal:restore': ({ id }) => s().journal.restore(id),
    'journal:live-get': () => s().journal.liveState(),
    'journal:live-start': () => told(s().journal.startLive()),
    'journal:live-stop': () => told(s().journal.stopLive()),
    'journal:live-resume': () => told(s().journal.resumeLive()),
    'journal:live-finish': (answers) => told(s().journal.finishLive(answers)),
    'journal:live-cancel': () => told(s().journal.cancelLive()),
    'journal:today': () =>
      todaySummary(
        core.clock,
        s().journal,
        s().checkIns,
        core.nightWindow(),
        s().experiments.coversLastNight(),
      ),
    'journal:export': ({ kind }) => s().transfer.export(kind),
    'journal:import-preview': ({ content }) => s().transfer.preview(content),
    'journal:import': ({ content }) => core.importJournal(content),
  }
}
