import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../main/services/project/project-store';
import { SettingsStore } from '../../main/services/settings-store';
import { PROJECT_FILE_NAME } from '../../shared/project/format';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bitext-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ProjectStore', () => {
  it('creates, saves every change and reopens the same state', async () => {
    const { store, created } = await ProjectStore.open(dir, { create: true, name: 'Test' });
    expect(created).toBe(true);
    await store.update((p) => {
      p.languages = ['en', 'fr', 'de'];
    });
    const again = await ProjectStore.open(dir);
    expect(again.created).toBe(false);
    expect(again.store.project.languages).toEqual(['en', 'fr', 'de']);
    expect(again.store.project.name).toBe('Test');
  });

  it('a throwing change leaves state and file untouched', async () => {
    const { store } = await ProjectStore.open(dir, { create: true });
    const before = readFileSync(path.join(dir, PROJECT_FILE_NAME), 'utf8');
    await expect(
      store.update((p) => {
        p.name = 'changed';
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(store.project.name).not.toBe('changed');
    expect(readFileSync(path.join(dir, PROJECT_FILE_NAME), 'utf8')).toBe(before);
  });

  it('refuses to open a missing project unless asked to create it', async () => {
    await expect(ProjectStore.open(path.join(dir, 'nope'))).rejects.toMatchObject({ code: 'project.notFound' });
  });

  it('a damaged file with a good backup: loads the backup and keeps the damaged file aside', async () => {
    const { store } = await ProjectStore.open(dir, { create: true, name: 'Keep me' });
    await store.update((p) => {
      p.name = 'Keep me too';
    });
    writeFileSync(path.join(dir, PROJECT_FILE_NAME), '{"format":"bitext-workbench-project","version":1,"name":');
    const r = await ProjectStore.open(dir);
    expect(r.recoveredFrom).toContain('.bak');
    expect(r.store.project.name).toBe('Keep me');
    expect(readdirSync(dir).some((n) => n.startsWith(`${PROJECT_FILE_NAME}.corrupt-`))).toBe(true);
  });

  it('a damaged file without a usable backup is an error, and nothing is overwritten', async () => {
    writeFileSync(path.join(dir, PROJECT_FILE_NAME), 'garbage');
    await expect(ProjectStore.open(dir, { create: true })).rejects.toMatchObject({ code: 'project.corrupt' });
    expect(readFileSync(path.join(dir, PROJECT_FILE_NAME), 'utf8')).toBe('garbage');
  });

  it('a file from a newer version is refused and left alone', async () => {
    const text = JSON.stringify({ format: 'bitext-workbench-project', version: 99 });
    writeFileSync(path.join(dir, PROJECT_FILE_NAME), text);
    await expect(ProjectStore.open(dir)).rejects.toMatchObject({ code: 'project.newerVersion' });
    expect(readFileSync(path.join(dir, PROJECT_FILE_NAME), 'utf8')).toBe(text);
  });
});

describe('SettingsStore', () => {
  it('remembers UI language, recent projects (most recent first, no duplicates) and window bounds', async () => {
    const s = await SettingsStore.open(dir);
    expect(s.settings.uiLanguage).toBe('en');
    await s.setUiLanguage('fr');
    await s.noteProjectOpened('/a');
    await s.noteProjectOpened('/b');
    await s.noteProjectOpened('/a');
    await s.setWindowBounds({ x: 10, y: 20, width: 900, height: 700, maximized: false });
    const again = await SettingsStore.open(dir);
    expect(again.settings).toEqual({ uiLanguage: 'fr', recentProjects: ['/a', '/b'] });
    expect(again.lastProject).toBe('/a');
    expect(again.windowBounds).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
  });

  it('a damaged settings file falls back to defaults and is kept aside', async () => {
    writeFileSync(path.join(dir, 'settings.json'), '{oops');
    const s = await SettingsStore.open(dir);
    expect(s.settings.uiLanguage).toBe('en');
    expect(readdirSync(dir).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});
