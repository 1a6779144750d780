import { createHash, randomBytes } from 'node:crypto'
import { randomUUID } from 'node:crypto'
import type {
  ExperimentResult,
  ExperimentView,
  Tonight,
} from '../../../shared/contract/experiments'
import type { Clock } from '../../../shared/domain/clock'
import type { BedtimeNights } from '../../../shared/domain/reminders/bedtime-nights'
import { analyseExperiment } from '../../../shared/domain/experiments/analysis'
import {
  SEED_BYTES,
  nightRole,
  scheduleContent,
  scheduleFromSeed,
  totalNights,
} from '../../../shared/domain/experiments/design'
import {
  bytesHex,
  Experiment,
  type ExperimentSetup,
  experimentEnd,
  habitLabel,
} from '../../../shared/domain/experiments/record'
import { resultWords } from '../../../shared/domain/experiments/text'
import {
  daysBetween,
  localDate,
  type NightWindow,
  nowLocal,
  shiftDate,
} from '../../../shared/domain/local-time'
import type { Db } from '../../db/connection'
import { ExperimentsRepository } from '../../db/experiments-repo'
import { AppError } from '../errors'
import { experimentNights, observations } from './nights'

/** The lock: SHA-256 over the schedule's canonical content. */
export function scheduleHash(e: Pick<Experiment, 'design' | 'periods'>): string {
  return createHash('sha256').update(scheduleContent(e.design, e.periods)).digest('hex')
}

/** A stored experiment that still matches its seed and its lock, or null. */
export function lockedExperiment(raw: unknown): Experiment | null {
  const parsed = Experiment.safeParse(raw)
  return parsed.success && scheduleHash(parsed.data) === parsed.data.scheduleHash
    ? parsed.data
    : null
}

/** Personal experiments: start (draw and lock), abandon, tonight's night, the analysis. */
export class ExperimentsService {
  private readonly repo: ExperimentsRepository
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly night: () => NightWindow,
  ) {
    this.repo = new ExperimentsRepository(db)
  }

  /** Told after an experiment starts or is abandoned (the reminders take up its nights). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  list(): ExperimentView[] {
    return this.all().map((e) => this.view(e))
  }

  start(setup: ExperimentSetup): ExperimentView {
    const today = this.today()
    if (setup.startDate < today) {
      throw new AppError(
        'invalid_input',
        'An experiment starts tonight or later, not in the past.',
        [{ path: 'startDate', message: 'Start tonight or later' }],
      )
    }
    const endDate = experimentEnd(setup.design, setup.startDate)
    const clash = this.all().find(
      (e) => e.abandonedAt === null && e.startDate <= endDate && setup.startDate <= e.endDate,
    )
    if (clash) {
      throw new AppError(
        'conflict',
        `Another experiment runs from ${clash.startDate} to ${clash.endDate}. One at a time keeps the answer clean: finish or abandon it first.`,
      )
    }
    if (setup.followsId && !this.repo.get(setup.followsId)) {
      throw new AppError('not_found', 'The experiment to follow up is not in this journal.')
    }
    const seed = randomBytes(SEED_BYTES)
    const periods = scheduleFromSeed(setup.design, seed)
    const now = this.clock.now()
    const experiment = Experiment.parse({
      id: randomUUID(),
      habit: setup.habit,
      customHabit: setup.habit === 'custom' ? setup.customHabit : null,
      design: setup.design,
      seed: bytesHex(seed),
      periods,
      scheduleHash: scheduleHash({ design: setup.design, periods }),
      startDate: setup.startDate,
      endDate,
      followsId: setup.followsId,
      abandonedAt: null,
      createdAt: now,
      updatedAt: now,
    })
    this.repo.insert(experiment)
    this.changed()
    return this.view(experiment)
  }

  abandon(id: string): ExperimentView {
    const e = this.get(id)
    const status = this.view(e).status
    if (status === 'abandoned')
      throw new AppError('conflict', 'This experiment was already abandoned.')
    if (status === 'finished')
      throw new AppError('conflict', 'This experiment has finished; its result stands.')
    this.repo.abandon(id, this.clock.now())
    this.changed()
    return this.view(this.get(id))
  }

  tonight(): Tonight | null {
    const today = this.today()
    const e = this.all().find(
      (x) => x.abandonedAt === null && x.startDate <= today && today <= x.endDate,
    )
    if (!e) return null
    const index = daysBetween(e.startDate, today)
    const role = nightRole(e.design, e.periods, index)
    const total = totalNights(e.design)
    const label = habitLabel(e)
    const tonight =
      role.kind === 'period'
        ? `${label} (${role.period.arm.toUpperCase()})`
        : `baseline week, no change to your habits`
    return {
      experimentId: e.id,
      night: index + 1,
      totalNights: total,
      role: role.kind === 'period' ? role.period.arm : 'baseline',
      washout: role.kind === 'period' && role.washout,
      line: `Night ${index + 1} of ${total}. Tonight: ${tonight}`,
    }
  }

  /**
   * While a bedtime-stretch experiment runs (or is about to), its ON nights
   * turn the bedtime reminder on and its OFF nights turn it off. Baseline
   * nights and every night outside it are left to the user's own setting.
   */
  bedtimeNights(): BedtimeNights | undefined {
    const today = this.today()
    const e = this.all().find(
      (x) => x.abandonedAt === null && x.habit === 'bedtime-stretch' && today <= x.endDate,
    )
    if (!e) return undefined
    const nights: Record<string, boolean> = {}
    for (let i = 0; i < totalNights(e.design); i++) {
      const role = nightRole(e.design, e.periods, i)
      if (role.kind === 'period') nights[shiftDate(e.startDate, i)] = role.period.arm === 'on'
    }
    return nights
  }

  /** Last night was a night of an experiment still counting (not abandoned). */
  coversLastNight(): boolean {
    const lastNight = shiftDate(this.today(), -1)
    return this.all().some(
      (e) => e.abandonedAt === null && e.startDate <= lastNight && lastNight <= e.endDate,
    )
  }

  result(id: string): ExperimentResult {
    const e = this.get(id)
    const rows = experimentNights(this.db, e, this.today(), this.night())
    const analysis = analyseExperiment(e.design, e.periods, observations(rows))
    const label = habitLabel(e)
    return {
      view: this.view(e),
      nights: rows,
      intentionToTreat: {
        ...analysis.intentionToTreat,
        words: resultWords(analysis.intentionToTreat, label),
      },
      perProtocol: { ...analysis.perProtocol, words: resultWords(analysis.perProtocol, label) },
      adherence: analysis.adherence.map(({ period, ...counts }) => ({ ...period, ...counts })),
      missingNights: analysis.missingNights,
      trend: analysis.trend,
    }
  }

  /** The result of every experiment that has started, newest first (Insights). */
  results(): ExperimentResult[] {
    const today = this.today()
    return this.all()
      .filter((e) => e.startDate <= today)
      .reverse()
      .map((e) => this.result(e.id))
  }

  tick(id: string, date: string, done: boolean): void {
    const e = this.get(id)
    if (e.habit === 'bedtime-stretch') {
      throw new AppError(
        'invalid_input',
        'The bedtime stretch is counted from the routine player; play the routine instead.',
      )
    }
    if (date < e.startDate || date > e.endDate || date > this.today()) {
      throw new AppError('invalid_input', 'That day is not a night of this experiment so far.')
    }
    this.repo.putTick(id, { date, done, updatedAt: this.clock.now() })
  }

  private changed(): void {
    for (const listener of this.listeners) listener()
  }

  private today(): string {
    return localDate(nowLocal(this.clock))
  }

  private get(id: string): Experiment {
    const raw = this.repo.get(id)
    if (!raw) throw new AppError('not_found', 'That experiment is not in this journal.')
    return this.verified(raw)
  }

  private all(): Experiment[] {
    return this.repo.all().map((raw) => this.verified(raw))
  }

  /** A stored schedule that no longer matches its seed or its hash is refused, never analysed. */
  private verified(raw: unknown): Experiment {
    const experiment = lockedExperiment(raw)
    if (!experiment) {
      throw new AppError(
        'conflict',
        'A stored experiment schedule does not match its lock; it was not used.',
      )
    }
    return experiment
  }

  private view(e: Experiment): ExperimentView {
    const today = this.today()
    const status =
      e.abandonedAt !== null
        ? 'abandoned'
        : today < e.startDate
          ? 'scheduled'
          : today > e.endDate
            ? 'finished'
            : 'running'
    return { experiment: e, status, habitLabel: habitLabel(e), totalNights: totalNights(e.design) }
  }
}
