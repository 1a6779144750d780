export const DAY_MS = 86_400_000
export { utcMidnight } from '../../shared/domain/local-time'
