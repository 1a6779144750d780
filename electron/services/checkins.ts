import { randomUUID } from 'node:crypto'
import type { Clock } from '../../shared/domain/clock'
import type {
  CheckIn,
  CheckInFields,
  Medication,
  MedicationFields,
  NightAnswer,
  NightReport,
} from '../../shared/domain/checkin'
import { localDate, nowLocal } from '../../shared/domain/local-time'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { NightReportsRepository } from '../db/night-reports-repo'
import { AppError } from './errors'

/** Daily check-ins, the morning "any cramps last night?" answer, and medications. */
export class CheckInsService {
  private readonly repo: CheckInsRepository
  private readonly nights: NightReportsRepository

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.repo = new CheckInsRepository(db)
    this.nights = new NightReportsRepository(db)
  }

  /** Today's local date by the user's clock. */
  today(): string {
    return localDate(nowLocal(this.clock))
  }

  get(date: string): {
    checkIn: CheckIn | null
    previous: CheckIn | null
    night: NightAnswer | null
  } {
    return {
      checkIn: this.repo.get(date),
      previous: this.repo.before(date),
      night: this.nights.get(date),
    }
  }

  /** Night answers given on mornings from `from` to `to`, with or without a check-in. */
  nightAnswers(from: string, to: string): NightAnswer[] {
    return this.nights.between(from, to)
  }

  between(from: string, to: string): CheckIn[] {
    return this.repo.between(from, to)
  }

  /**
   * Saves the day's check-in. The form also carries the morning's answer:
   * it is stored beside the check-in (null clears it).
   */
  save(fields: CheckInFields): CheckIn {
    this.notFuture(fields.date, 'A check-in')
    const unknown = fields.medicationIds.filter((id) => !this.repo.medicationExists(id))
    if (unknown.length > 0) {
      throw new AppError('invalid_input', 'A medication in this check-in is not in your list.', [
        { path: 'medicationIds', message: 'Unknown medication' },
      ])
    }
    const checkIn: CheckIn = {
      ...fields,
      electrolytes: [...new Set(fields.electrolytes)],
      medicationIds: [...new Set(fields.medicationIds)].sort(),
      updatedAt: this.clock.now(),
    }
    this.db.transaction(() => {
      this.repo.put(checkIn)
      if (checkIn.nightReport === null) this.nights.delete(checkIn.date)
      else this.putNight(checkIn.date, checkIn.nightReport, checkIn.updatedAt)
    })()
    return checkIn
  }

  /**
   * Records the morning answer on its own. A "no" is data too, but only
   * about the night: the day stays without a check-in until one is saved.
   */
  setNightReport(date: string, report: NightReport): NightAnswer {
    this.notFuture(date, 'An answer about last night')
    return this.putNight(date, report, this.clock.now())
  }

  private putNight(date: string, report: NightReport, updatedAt: number): NightAnswer {
    const stored = this.nights.get(date)
    // An unchanged answer keeps its time, so an import can tell which side is newer.
    if (stored?.report === report) return stored
    const answer = { date, report, updatedAt }
    this.nights.put(answer)
    return answer
  }

  private notFuture(date: string, what: string): void {
    if (date <= this.today()) return
    throw new AppError('invalid_input', `${what} cannot be for a day that has not happened yet.`, [
      { path: 'date', message: 'Pick today or an earlier day' },
    ])
  }

  medications(): Medication[] {
    return this.repo.medications()
  }

  saveMedication(
    fields: MedicationFields & { id?: string | undefined; archived?: boolean | undefined },
  ): Medication {
    if (fields.id && !this.repo.medicationExists(fields.id)) {
      throw new AppError('not_found', 'That medication is no longer in your list.')
    }
    const medication: Medication = {
      id: fields.id ?? randomUUID(),
      name: fields.name,
      kind: fields.kind,
      startedOn: fields.startedOn,
      archived: fields.archived ?? false,
    }
    this.repo.putMedication(medication, this.clock.now())
    return medication
  }
}
