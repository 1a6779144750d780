import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { createBridge } from './bridge'

// The page's whole API: one frozen object. Nothing else is exposed, and the
// preload runs sandboxed (no Node), so this file stays this small.
contextBridge.exposeInMainWorld(
  'limber',
  createBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)),
)
