import { randomUUID } from 'node:crypto'
import type { Clock } from '../../shared/domain/clock'
import {
  emptyCheckIn,
  type CheckIn,
  type CheckInFields,
  type Medication,
  type MedicationFields,
  type NightReport,
} from '../../shared/domain/checkin'
import { localDate, nowLocal } from '../../shared/domain/local-time'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { AppError } from './errors'

/** Daily check-ins, the morning "any cramps last night?" answer, and medications. */
export class CheckInsService {
  private readonly repo: CheckInsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.repo = new CheckInsRepository(db)
  }

  /** Today's local date by the user's clock. */
  today(): string {
    return localDate(nowLocal(this.clock))
  }

  get(date: string): { checkIn: CheckIn | null; previous: CheckIn | null } {
    return { checkIn: this.repo.get(date), previous: this.repo.before(date) }
  }

  between(from: string, to: string): CheckIn[] {
    return this.repo.between(from, to)
  }

  save(fields: CheckInFields): CheckIn {
    if (fields.date > this.today()) {
      throw new AppError(
        'invalid_input',
        'A check-in cannot be for a day that has not happened yet.',
        [{ path: 'date', message: 'Pick today or an earlier day' }],
      )
    }
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
    this.repo.put(checkIn)
    return checkIn
  }

  /** Records the morning answer, creating the day's check-in if needed. A "no" is data too. */
  setNightReport(date: string, report: NightReport): CheckIn {
    const current = this.repo.get(date) ?? { ...emptyCheckIn(date), updatedAt: 0 }
    const { updatedAt: _ignored, ...fields } = current
    return this.save({ ...fields, nightReport: report })
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
