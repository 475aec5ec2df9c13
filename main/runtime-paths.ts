// Where things are at run time. The CLI and the Electron main process are bundled into dist/,
// so paths are found relative to the bundle, and the user's data in the OS's usual places.
import os from 'node:os';
import path from 'node:path';

export interface AppPaths {
  /** Built renderer (index.html + assets). */
  rendererDir: string;
  /** Bundled analysis worker. */
  analyzeWorker: string;
  /** The sample corpus opened on first run. */
  sampleCorpusDir: string;
}

/** distDir: the folder holding the bundle (dist/). */
export function appPaths(distDir: string): AppPaths {
  return {
    rendererDir: path.join(distDir, 'renderer'),
    analyzeWorker: path.join(distDir, 'workers', 'analyze-worker.js'),
    sampleCorpusDir: path.join(distDir, '..', 'corpus'),
  };
}

/** Settings folder for the CLI/HTTP fronts (Electron uses app.getPath('userData')). */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BITEXT_CONFIG_DIR) return path.resolve(env.BITEXT_CONFIG_DIR);
  if (process.platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'Bitext Workbench');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Bitext Workbench');
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'bitext-workbench');
}

/** Where a first-run project is created when none is named. */
export function defaultProjectDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.BITEXT_DATA_DIR ??
    (process.platform === 'win32' || process.platform === 'darwin'
      ? path.join(os.homedir(), 'Documents')
      : path.join(env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share')));
  return path.join(base, 'Bitext Workbench', 'Sample project');
}
