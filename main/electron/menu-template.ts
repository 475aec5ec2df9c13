// The native menu as data, built from translated labels; pure so tests can check every label
// exists in both languages and that accelerators avoid keys that need Shift on AZERTY.
import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/api/contract.js';

export type MenuAction = 'open-project' | 'import-files' | 'import-folder' | 'show-keys' | 'about' | { recent: string };

const LABELS = {
  en: {
    file: '&File',
    openProject: 'Open Project…',
    addFiles: 'Add Files…',
    addFolder: 'Add Folder…',
    recent: 'Recent Projects',
    noRecent: 'No recent projects',
    quit: 'Quit',
    close: 'Close Window',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload',
    devtools: 'Developer Tools',
    fullscreen: 'Toggle Full Screen',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    window: '&Window',
    minimize: 'Minimize',
    help: '&Help',
    keys: 'Keyboard Shortcuts',
    about: 'About Bitext Workbench',
  },
  fr: {
    file: '&Fichier',
    openProject: 'Ouvrir un projet…',
    addFiles: 'Ajouter des fichiers…',
    addFolder: 'Ajouter un dossier…',
    recent: 'Projets récents',
    noRecent: 'Aucun projet récent',
    quit: 'Quitter',
    close: 'Fermer la fenêtre',
    edit: '&Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: '&Affichage',
    reload: 'Recharger',
    devtools: 'Outils de développement',
    fullscreen: 'Plein écran',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    window: 'Fe&nêtre',
    minimize: 'Réduire',
    help: '&Aide',
    keys: 'Raccourcis clavier',
    about: 'À propos de Bitext Workbench',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export type MenuLabelKey = keyof (typeof LABELS)['en'];
export const MENU_LABELS: Record<UiLanguage, Record<MenuLabelKey, string>> = LABELS;

export function buildMenuTemplate(opts: {
  lang: UiLanguage;
  platform: NodeJS.Platform;
  recent: string[];
  dev: boolean;
  onAction: (a: MenuAction) => void;
}): MenuItemConstructorOptions[] {
  const L = MENU_LABELS[opts.lang];
  const act = (a: MenuAction) => () => opts.onAction(a);
  // Role items get explicit labels: Electron leaves role labels in English on Linux and Windows.
  const template: MenuItemConstructorOptions[] = [
    {
      label: L.file,
      submenu: [
        // The same keys as the renderer's own shortcuts (Ctrl+I belongs to the Pair view).
        { label: L.addFiles, accelerator: 'CmdOrCtrl+O', click: act('import-files') },
        { label: L.addFolder, accelerator: 'CmdOrCtrl+Shift+O', click: act('import-folder') },
        { label: L.openProject, accelerator: 'CmdOrCtrl+Shift+P', click: act('open-project') },
        {
          label: L.recent,
          submenu: opts.recent.length ? opts.recent.map((dir) => ({ label: dir, click: act({ recent: dir }) })) : [{ label: L.noRecent, enabled: false }],
        },
        { type: 'separator' },
        opts.platform === 'darwin'
          ? { role: 'close', label: L.close, accelerator: 'CmdOrCtrl+W' }
          : { role: 'quit', label: L.quit, accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: L.edit,
      submenu: [
        // Shown but not registered: the key must reach the page, which undoes a text field's
        // typing natively and the editor's alignment/fix history otherwise.
        { role: 'undo', label: L.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { role: 'redo', label: L.redo, accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false },
        { type: 'separator' },
        { role: 'cut', label: L.cut, accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: L.copy, accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: L.paste, accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: L.selectAll, accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: L.view,
      submenu: [
        ...(opts.dev
          ? ([
              { role: 'reload', label: L.reload, accelerator: 'CmdOrCtrl+R' },
              { role: 'toggleDevTools', label: L.devtools, accelerator: 'F12' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        // Zoom uses Plus/Minus/0, which need Shift on AZERTY; Ctrl+wheel and the View menu remain.
        { role: 'zoomIn', label: L.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', label: L.zoomOut, accelerator: 'CmdOrCtrl+-' },
        { role: 'resetZoom', label: L.resetZoom, accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: L.fullscreen, accelerator: 'F11' },
      ],
    },
    { label: L.window, submenu: [{ role: 'minimize', label: L.minimize, accelerator: 'CmdOrCtrl+M' }] },
    {
      label: L.help,
      submenu: [
        { label: L.keys, accelerator: 'F1', click: act('show-keys') },
        { label: L.about, click: act('about') },
      ],
    },
  ];
  return template;
}
