import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { cspFor } from '../../main/security/csp';
import { buildWebPreferences } from '../../main/security/web-preferences';
import { isAllowedExternalUrl, isAllowedNavigation, permissionDecision, resolveAppProtocolPath, validateSender } from '../../main/security/policy';

const root = path.resolve(__dirname, '../..');

describe('Electron security checklist', () => {
  it('web preferences: isolation, sandbox, no Node, no webview, no remote spellcheck', () => {
    const p = buildWebPreferences('/app/preload.cjs');
    expect(p).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('navigation stays inside app://workbench', () => {
    expect(isAllowedNavigation('app://workbench/index.html')).toBe(true);
    for (const u of ['https://example.com', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'not a url', 'http://127.0.0.1:5173/']) {
      expect(isAllowedNavigation(u), u).toBe(false);
    }
  });

  it('no external URL is opened unless allow-listed (none yet)', () => {
    for (const u of [
      'javascript:alert(1)',
      'file:///C:/x',
      'data:text/html,hi',
      'ms-msdt:/id',
      'https://allowed.example.com.evil.io',
      'https://user:pw@x.org',
    ]) {
      expect(isAllowedExternalUrl(u), u).toBe(false);
    }
  });

  it('IPC answers only our main frame', () => {
    expect(validateSender({ url: 'app://workbench/index.html', isMainFrame: true })).toBe(true);
    expect(validateSender({ url: 'app://workbench/index.html', isMainFrame: false })).toBe(false);
    expect(validateSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(validateSender({ url: '::::', isMainFrame: true })).toBe(false);
    expect(validateSender(null)).toBe(false);
  });

  it('every browser permission is denied', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionDecision(p)).toBe(false);
  });

  it('app:// paths cannot escape the renderer folder', () => {
    const r = path.resolve('/srv/app/renderer');
    expect(resolveAppProtocolPath(r, 'app://workbench/')).toBe(path.join(r, 'index.html'));
    expect(resolveAppProtocolPath(r, 'app://workbench/assets/a.js')).toBe(path.join(r, 'assets/a.js'));
    const inside = (p: string | null) => p === null || p.startsWith(r + path.sep);
    // URL parsing already folds plain ../ segments; whatever survives must stay inside the root.
    for (const u of ['app://workbench/../../etc/passwd', 'app://workbench/%2e%2e/%2e%2e/etc/passwd', 'app://workbench/a/..%2f..%2f..%2fetc%2fpasswd']) {
      expect(inside(resolveAppProtocolPath(r, u)), u).toBe(true);
    }
    for (const u of [
      'app://workbench/..%2f..%2fetc%2fpasswd',
      'app://workbench/%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://workbench/%E0%A4%A',
    ]) {
      expect(resolveAppProtocolPath(r, u), u).toBeNull();
    }
  });

  it('the CSP forbids inline code and remote content, and the page carries the same policy', () => {
    for (const mode of ['electron', 'http'] as const) {
      const csp = cspFor(mode);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
    }
    expect(cspFor('electron')).toContain("connect-src 'none'");
    const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP meta tag').toBeDefined();
    const norm = (s: string) =>
      s
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .sort();
    expect(norm(meta!)).toEqual(norm(cspFor('http')));
    expect(html).not.toMatch(/<script>(?!<\/script>)|\sstyle="|\son[a-z]+="/i);
  });

  it('electron-builder.yml is valid for electron-builder and flips the hardening fuses', () => {
    const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
    expect(config.files).toContain('dist/**/*');
  });
});
