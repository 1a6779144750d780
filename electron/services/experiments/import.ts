import type { FileExperiment } from '../../../shared/domain/journal-file'
import { Experiment } from '../../../shared/domain/experiments/record'
import type { Db } from '../../db/connection'
import { ExperimentsRepository } from '../../db/experiments-repo'
import { fail } from '../journal-file-read'
import { scheduleHash } from './service'

/**
 * Before anything is written: every experiment in the file must match its
 * own lock, may not change the schedule of one already here, and may not
 * overlap another experiment that is still counting.
 */
export function checkImportedExperiments(db: Db, items: readonly FileExperiment[]): void {
  const stored = storedExperiments(db)
  items.forEach(({ experiment: e }, i) => {
    const at = `experiments.${i}.experiment`
    if (scheduleHash(e) !== e.scheduleHash)
      fail(`Experiment ${i + 1} has a schedule that does not match its lock.`, `${at}.scheduleHash`)
    const same = stored.get(e.id)
    if (same && same.scheduleHash !== e.scheduleHash)
      fail(
        `Experiment ${i + 1} would change the locked schedule of one already in your journal.`,
        at,
      )
    const clash = [...stored.values()].find(
      (s) =>
        s.id !== e.id &&
        s.abandonedAt === null &&
        e.abandonedAt === null &&
        s.startDate <= e.endDate &&
        e.startDate <= s.endDate,
    )
    if (clash)
      fail(
        `Experiment ${i + 1} (${e.startDate} to ${e.endDate}) overlaps one in your journal (${clash.startDate} to ${clash.endDate}).`,
        `${at}.startDate`,
      )
  })
}

/** The experiments list as a merge section: new ones added, a later abandon and ticks taken up. */
export function experimentsSection(db: Db, items: readonly FileExperiment[]) {
  const repo = new ExperimentsRepository(db)
  const stored = storedExperiments(db)
  return {
    items,
    existing: (f: FileExperiment) => stored.get(f.experiment.id)?.updatedAt ?? null,
    incoming: (f: FileExperiment) => f.experiment.updatedAt,
    write: ({ experiment: e, ticks }: FileExperiment) => {
      const here = stored.get(e.id)
      if (!here) repo.insert(e)
      else if (here.abandonedAt === null && e.abandonedAt !== null)
        repo.abandon(e.id, e.abandonedAt)
      for (const tick of ticks) repo.putTick(e.id, tick)
    },
  }
}

function storedExperiments(db: Db): Map<string, Experiment> {
  const all = new ExperimentsRepository(db).all().flatMap((raw) => {
    const parsed = Experiment.safeParse(raw)
    return parsed.success ? [parsed.data] : []
  })
  return new Map(all.map((e) => [e.id, e]))
}
