// Builds a ready WorkbenchService for a project folder: the same wiring for every front.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LockInfo } from './project/project-lock.js';
import { ProjectStore } from './project/project-store.js';
import { SettingsStore } from './settings-store.js';
import { WorkbenchService, type NativeHost } from './workbench-service.js';
import { createInProcessAnalyzer, createWorkerAnalyzer, type WorkerSpec } from './workers/analyzer.js';

export interface OpenWorkbenchOptions {
  projectDir: string;
  configDir: string;
  /** Analysis worker entry; in-process analysis when absent or missing on disk. */
  worker?: WorkerSpec;
  /** Import these files into a project created just now (first run). */
  sampleCorpusDir?: string;
  host?: NativeHost;
  /** The app's settings store when the front already holds one (one instance per file). */
  settings?: SettingsStore;
}

export interface OpenedWorkbench {
  service: WorkbenchService;
  created: boolean;
  recoveredFrom?: string;
  /** What was repaired while opening (already logged); fronts tell the editor. */
  recoveries: string[];
  /** Another process holds the project: it is open read-only. */
  lockedBy?: LockInfo;
}

export async function openWorkbench(opts: OpenWorkbenchOptions): Promise<OpenedWorkbench> {
  const settings = opts.settings ?? (await SettingsStore.open(opts.configDir));
  const opened = await ProjectStore.open(opts.projectDir, { create: true });
  const analyzer = opts.worker && existsSync(opts.worker.script) ? createWorkerAnalyzer(opts.worker) : createInProcessAnalyzer();
  const service = new WorkbenchService({
    store: opened.store,
    settings,
    analyzer,
    cacheDir: path.join(opts.configDir, 'cache'),
    ...(opts.host ? { host: opts.host } : {}),
  });
  // Only a project created just now gets the sample corpus (a restored one is never seeded over).
  if (opened.created && opts.sampleCorpusDir) await service.seedFrom(opts.sampleCorpusDir);
  await settings.noteProjectOpened(opened.store.dir);
  return {
    service,
    created: opened.created,
    recoveries: opened.recoveries,
    ...(opened.recoveredFrom ? { recoveredFrom: opened.recoveredFrom } : {}),
    ...(opened.lockedBy ? { lockedBy: opened.lockedBy } : {}),
  };
}
