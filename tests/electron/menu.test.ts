import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_LABELS, buildMenuTemplate, type MenuAction } from '../../main/electron/menu-template';
import { fitToDisplays } from '../../main/electron/window-state';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('native menu', () => {
  it('has the same labels in English and French, and they differ', () => {
    expect(Object.keys(MENU_LABELS.fr).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    const same = Object.keys(MENU_LABELS.en).filter(
      (k) => MENU_LABELS.en[k as keyof typeof MENU_LABELS.en] === MENU_LABELS.fr[k as keyof typeof MENU_LABELS.fr],
    );
    expect(same).toEqual([]);
  });

  it('labels every item (role items too), in the chosen language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const items = flatten(buildMenuTemplate({ lang, platform: 'linux', recent: [], dev: false, onAction: () => undefined }));
      const labels = new Set(Object.values(MENU_LABELS[lang]));
      for (const i of items) {
        if (i.type === 'separator') continue;
        expect(i.label, JSON.stringify(i.role)).toBeTruthy();
        expect(labels.has(i.label!), i.label).toBe(true);
      }
    }
  });

  it('uses the usual accelerators, with no command on a key that needs Shift on AZERTY except zoom', () => {
    const items = flatten(buildMenuTemplate({ lang: 'fr', platform: 'win32', recent: ['/p'], dev: true, onAction: () => undefined }));
    const acc = items.map((i) => i.accelerator).filter(Boolean) as string[];
    expect(acc).toEqual(expect.arrayContaining(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+O', 'CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Q', 'F1']));
    // Keys the renderer owns are never taken by the menu.
    expect(acc).not.toContain('CmdOrCtrl+I');
    const undo = items.find((i) => i.role === 'undo')!;
    expect(undo.registerAccelerator).toBe(false);
    expect(new Set(acc).size).toBe(acc.length);
    const zoom = new Set(['CmdOrCtrl+Plus', 'CmdOrCtrl+-', 'CmdOrCtrl+0']);
    for (const a of acc) {
      if (zoom.has(a)) continue;
      expect(a, a).toMatch(/^(CmdOrCtrl\+(Shift\+)?[A-Z]|F\d{1,2})$/);
    }
  });

  it('menu items call back with their action; recent projects are listed', () => {
    const got: MenuAction[] = [];
    const items = flatten(buildMenuTemplate({ lang: 'en', platform: 'linux', recent: ['/a', '/b'], dev: false, onAction: (a) => got.push(a) }));
    const click = (label: string) => (items.find((i) => i.label === label)!.click as () => void)();
    click('Add Files…');
    click('Keyboard Shortcuts');
    click('/b');
    expect(got).toEqual(['import-files', 'show-keys', { recent: '/b' }]);
    const none = flatten(buildMenuTemplate({ lang: 'en', platform: 'linux', recent: [], dev: false, onAction: () => undefined }));
    expect(none.find((i) => i.label === 'No recent projects')?.enabled).toBe(false);
  });
});

describe('window placement', () => {
  const display = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('restores a window that is on a display', () => {
    const b = { x: 100, y: 100, width: 1000, height: 700, maximized: true };
    expect(fitToDisplays(b, display, { width: 1280, height: 820 })).toEqual(b);
  });
  it('recentres a window whose display is gone, keeping its size', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1000, height: 700, maximized: false }, display, { width: 1280, height: 820 })).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
  it('first run uses the default size', () => {
    expect(fitToDisplays(null, display, { width: 1280, height: 820 })).toEqual({ width: 1280, height: 820, maximized: false });
  });
});
