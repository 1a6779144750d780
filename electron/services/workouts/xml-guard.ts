import { WorkoutRefusal } from './refusal'

/**
 * GPX and TCX never need a document type, so any DOCTYPE or ENTITY declaration
 * is refused before a DOM parser sees the text: entity expansion (billion
 * laughs) cannot start.
 */
export function refuseDeclaredEntities(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new WorkoutRefusal('unsafe-xml', 'The file declares a document type or entities.')
  }
}
