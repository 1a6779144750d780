import { BASELINE_NIGHTS, type ExperimentDesign } from './design'

/**
 * The design in one paragraph, for the clinician report: what was compared,
 * how the order was chosen and which nights count.
 */
export function designWords(design: ExperimentDesign, habit: string): string {
  const baseline = design.baseline
    ? `A ${BASELINE_NIGHTS}-night baseline with usual habits, then ${design.pairs}`
    : `${design.pairs}`
  return (
    `${baseline} pairs of ${design.periodNights}-night periods with ${habit} ON and OFF; ` +
    `within each pair the order was drawn at random when the experiment started and locked. ` +
    `The first ${design.washoutNights === 1 ? 'night' : `${design.washoutNights} nights`} of each period ` +
    `${design.washoutNights === 1 ? 'is a washout' : 'are a washout'}, not analysed. ` +
    `The outcome is cramps per night from the morning question; a night without an answer is left out, not counted as none.`
  )
}

/** What a single-person experiment cannot tell, said every time it is reported. */
export function limitsWords(design: ExperimentDesign): string[] {
  const orderings = 2 ** design.pairs
  return [
    `One person, not blinded: knowing which nights were ON can change what is noticed and reported.`,
    `With ${design.pairs} pairs the exact test can reach p = 1/${orderings} at best, so “no clear answer” is often the honest result.`,
    `Cramps come and go on their own; the random, paired order guards against drift, not against every coincidence.`,
    `The result is about this person in this period, not a rule for others, and not a diagnosis.`,
  ]
}
