export { InsightsExperiments } from './components/InsightsExperiments'
export { TonightLine } from './components/TonightLine'
