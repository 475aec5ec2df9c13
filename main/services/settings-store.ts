// App-wide settings (UI language, recent projects, window bounds): one small JSON file in the
// app's config folder, written atomically; a damaged file falls back to defaults and is kept aside.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Settings, UiLanguage } from '../../shared/api/contract.js';
import { UI_LANGUAGES } from '../../shared/api/contract.js';
import { writeFileAtomic } from './project/atomic-write.js';
import { log } from './log/logger.js';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

const settingsFileSchema = z.object({
  version: z.literal(1),
  uiLanguage: z.enum(UI_LANGUAGES),
  recentProjects: z.array(z.string()).max(20),
  lastProject: z.string().nullable(),
  window: boundsSchema.nullable(),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

export const MAX_RECENT = 10;

export class SettingsStore {
  private data: SettingsFile;
  private constructor(
    private readonly file: string,
    data: SettingsFile,
  ) {
    this.data = data;
  }

  static async open(configDir: string, defaultUiLanguage: UiLanguage = 'en'): Promise<SettingsStore> {
    const file = path.join(configDir, 'settings.json');
    const defaults: SettingsFile = {
      version: 1,
      uiLanguage: defaultUiLanguage,
      recentProjects: [],
      lastProject: null,
      window: null,
    };
    let data = defaults;
    try {
      const parsed = settingsFileSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
      if (parsed.success) data = parsed.data;
      else {
        // Damaged settings are kept aside (never silently overwritten) and the defaults used.
        log.warn('settings.damaged', { file, reason: parsed.error.issues[0]?.message });
        await fsp.rename(file, `${file}.corrupt-${Date.now()}`).catch((err: unknown) => log.warn('settings.keepAsideFailed', { file, error: err }));
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        log.warn('settings.unreadable', { file, error: e });
        await fsp.rename(file, `${file}.corrupt-${Date.now()}`).catch((err: unknown) => log.warn('settings.keepAsideFailed', { file, error: err }));
      }
    }
    await fsp.mkdir(configDir, { recursive: true });
    return new SettingsStore(file, data);
  }

  get settings(): Settings {
    return { uiLanguage: this.data.uiLanguage, recentProjects: [...this.data.recentProjects] };
  }
  get lastProject(): string | null {
    return this.data.lastProject;
  }
  get windowBounds(): WindowBounds | null {
    return this.data.window;
  }

  async setUiLanguage(lang: UiLanguage): Promise<void> {
    this.data = { ...this.data, uiLanguage: lang };
    await this.save();
  }

  /** Records a project as opened: most recent first, no duplicates, bounded list. */
  async noteProjectOpened(dir: string): Promise<void> {
    const recent = [dir, ...this.data.recentProjects.filter((d) => d !== dir)].slice(0, MAX_RECENT);
    this.data = { ...this.data, recentProjects: recent, lastProject: dir };
    await this.save();
  }

  async setWindowBounds(b: WindowBounds): Promise<void> {
    this.data = { ...this.data, window: boundsSchema.parse(b) };
    await this.save();
  }

  private async save(): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(this.data, null, 1) + '\n');
  }
}
