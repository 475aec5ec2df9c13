// Sandboxed preload (bundled to one CommonJS file). Exposes one function per API method and
// nothing of Electron itself: no ipcRenderer, no generic send/invoke.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_METHODS, IPC_EVENT_CHANNEL, ipcChannel, type WorkbenchEvent } from '../../shared/api/contract.js';

const api: Record<string, unknown> = {};
for (const m of API_METHODS) {
  api[m] = (input: unknown) => ipcRenderer.invoke(ipcChannel(m), input);
}
api.onEvent = (cb: (e: WorkbenchEvent) => void) => {
  const listener = (_e: IpcRendererEvent, payload: WorkbenchEvent) => cb(payload);
  ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
  return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
};
// File.path is gone since Electron 32; main re-validates whatever path this returns.
api.getPathForFile = (file: File) => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('workbench', Object.freeze(api));
