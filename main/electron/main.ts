// Electron main process: a thin shell. It creates the hardened window, serves the renderer over
// app://, wires IPC to the shared services and owns what only a desktop has (dialogs, menu).
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
} from 'electron';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_METHODS, IPC_EVENT_CHANNEL, ipcChannel, type UiLanguage, type WorkbenchEvent } from '../../shared/api/contract.js';
import { formatErrorEn, toApiError } from '../../shared/api/errors.js';
import { appPaths, defaultProjectDir } from '../runtime-paths.js';
import { cspFor } from '../security/csp.js';
import {
  APP_ORIGIN,
  APP_SCHEME,
  isAllowedExternalUrl,
  isAllowedNavigation,
  permissionDecision,
  resolveAppProtocolPath,
  validateSender,
} from '../security/policy.js';
import { DROP_CHANNEL, DropRegistry } from '../security/drop-registry.js';
import { configureLogger } from '../services/log/logger.js';
import { buildWebPreferences } from '../security/web-preferences.js';
import { dispatch } from '../services/dispatch.js';
import { openWorkbench } from '../services/open-workbench.js';
import { SettingsStore } from '../services/settings-store.js';
import type { WorkbenchService } from '../services/workbench-service.js';
import { buildMenuTemplate, type MenuAction } from './menu-template.js';
import { fitToDisplays } from './window-state.js';

const distDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const paths = appPaths(distDir);
const dev = !app.isPackaged && process.env.BITEXT_DEV === '1';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Two instances must never write one project: the first one takes over.
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = BrowserWindow.getAllWindows()[0];
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
  });
  void app.whenReady().then(start);
}

let service: WorkbenchService | null = null;
const drops = new DropRegistry();
let unsubscribe: (() => void) | null = null;
let win: BrowserWindow | null = null;
let settings: SettingsStore;

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  configureLogger({ file: path.join(app.getPath('logs'), 'bitext.log') });
  settings = await SettingsStore.open(userData, app.getLocale().startsWith('fr') ? 'fr' : 'en');
  nativeTheme.themeSource = 'system';

  session.defaultSession.setPermissionRequestHandler((_wc, permission, cb) => cb(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppProtocolPath(paths.rendererDir, request.url);
    if (!file) return new Response('forbidden', { status: 403 });
    try {
      const body = await fsp.readFile(file);
      return new Response(body, { headers: { 'content-type': mimeOf(file), 'content-security-policy': cspFor('electron') } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });

  // Paths from real drop events (preload): the only paths importDropped accepts.
  ipcMain.on(DROP_CHANNEL, (event, paths: unknown) => {
    const frame = event.senderFrame;
    if (!validateSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null)) return;
    drops.record(paths);
  });

  for (const m of API_METHODS) {
    ipcMain.handle(ipcChannel(m), async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      if (!validateSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null)) {
        return { ok: false, error: { code: 'ipc.forbidden' } };
      }
      if (!service) return { ok: false, error: { code: 'internal', detail: 'no project open' } };
      const result = await dispatch(service, m, payload);
      if (m === 'setUiLanguage' && result.ok) buildMenu((result.value as { uiLanguage: UiLanguage }).uiLanguage);
      return result;
    });
  }

  await openProject(settings.lastProject ?? defaultProjectDir());
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

async function openProject(dir: string): Promise<void> {
  try {
    const next = await openWorkbench({
      projectDir: dir,
      configDir: app.getPath('userData'),
      worker: { script: paths.analyzeWorker },
      sampleCorpusDir: app.isPackaged ? path.join(process.resourcesPath, 'corpus') : paths.sampleCorpusDir,
      host: { pickImportPaths, pickExportDir, takeDroppedPaths: (p) => drops.take(p).accepted },
      settings,
    });
    unsubscribe?.();
    await service?.close();
    service = next.service;
    unsubscribe = service.onEvent(send);
    if (next.recoveredFrom)
      void dialog.showMessageBox({ type: 'warning', message: `The project file was damaged; it was restored from ${next.recoveredFrom}.` });
    if (next.lockedBy)
      void dialog.showMessageBox({
        type: 'warning',
        message: formatErrorEn({ code: 'project.locked', params: { pid: next.lockedBy.pid, host: next.lockedBy.host } }),
      });
    buildMenu(settings.settings.uiLanguage);
    send({ type: 'project-changed', savedAt: null });
  } catch (e) {
    dialog.showErrorBox('Bitext Workbench', `${dir}: ${formatErrorEn(toApiError(e))}`);
    if (!service) app.exit(1);
  }
}

function send(e: WorkbenchEvent): void {
  if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, e);
}

/** Dialogs are modal to the window when there is one. */
function openDialog(opts: OpenDialogOptions) {
  return win && !win.isDestroyed() ? dialog.showOpenDialog(win, opts) : dialog.showOpenDialog(opts);
}

async function pickImportPaths(mode: 'files' | 'folder'): Promise<string[]> {
  const r = await openDialog({
    properties: mode === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: mode === 'files' ? [{ name: 'Text', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] }] : [],
  });
  return r.canceled ? [] : r.filePaths;
}

async function pickExportDir(): Promise<string | null> {
  const r = await openDialog({ properties: ['openDirectory', 'createDirectory'] });
  return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
}

function createWindow(): void {
  const placement = fitToDisplays(
    settings.windowBounds,
    screen.getAllDisplays().map((d) => d.workArea),
    { width: 1280, height: 820 },
  );
  win = new BrowserWindow({
    ...placement,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Bitext Workbench',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    webPreferences: buildWebPreferences(path.join(distDir, 'main', 'preload.cjs')),
  });
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());

  const wc = win.webContents;
  wc.on('will-navigate', (e, url) => {
    if (!isAllowedNavigation(url)) e.preventDefault();
  });
  wc.on('will-attach-webview', (e) => e.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  const remember = () => {
    if (!win || win.isDestroyed()) return;
    const b = win.getNormalBounds();
    void settings.setWindowBounds({ ...b, maximized: win.isMaximized() });
  };
  win.on('close', remember);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function buildMenu(lang: UiLanguage): void {
  const template = buildMenuTemplate({
    lang,
    platform: process.platform,
    recent: settings.settings.recentProjects,
    dev,
    onAction: (a) => void onMenu(a),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function onMenu(a: MenuAction): Promise<void> {
  if (typeof a === 'object') return openProject(a.recent);
  switch (a) {
    case 'open-project': {
      const r = await openDialog({ properties: ['openDirectory', 'createDirectory'] });
      if (!r.canceled && r.filePaths[0]) await openProject(r.filePaths[0]);
      return;
    }
    case 'import-files':
    case 'import-folder':
      await service?.importWithDialog({ mode: a === 'import-files' ? 'files' : 'folder' });
      return;
    case 'show-keys':
    case 'about':
      send({ type: 'command', command: a });
      return;
  }
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  void service?.close();
});

function mimeOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return (
    {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.svg': 'image/svg+xml',
      '.png': 'image/png',
      '.woff2': 'font/woff2',
      '.map': 'application/json',
    }[ext] ?? 'application/octet-stream'
  );
}
