// What other features use of transfer; everything else is its own.
export { TransferStatus } from './components/TransferStatus'
export { useExportWithStatus } from './useExport'
