// What other features use of trends; everything else is its own.
export { WeeklyChart } from './charts/WeeklyChart'
export { dateLong, plural, reliefLabel, triggerLabel, weekLabel, weekLong } from './format'
export { trendsQueries } from './queries'
export { WeeklyTable } from './tables'
