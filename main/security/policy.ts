// Security decisions as pure functions (Electron's checklist items 5, 13, 14, 15, 17, 18):
// the Electron shell only wires them to its events, and tests check them without Electron.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The single-page app never navigates; only a reload of its own page is allowed. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false; // no-log: an unparsable URL is refused; the caller reports the refusal
  }
}

/** Links opened in the OS browser: https only, and only our own help pages. */
const EXTERNAL_HOSTS = new Set<string>([]);
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_HOSTS.has(u.hostname) && u.username === '' && u.password === '';
  } catch {
    return false; // no-log: an unparsable URL is refused; the caller reports the refusal
  }
}

/** IPC is answered only for our own top-level frame. */
export function validateSender(frame: { url: string; isMainFrame: boolean } | null | undefined): boolean {
  if (!frame || !frame.isMainFrame) return false;
  return isAllowedNavigation(frame.url);
}

/** The app needs no browser permission (camera, notifications, geolocation…): deny them all. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/**
 * Maps an app:// URL to a file under the renderer folder, or null when it would escape it
 * (../, encoded %2e%2e, absolute paths, other hosts).
 */
export function resolveAppProtocolPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null; // no-log: an unparsable URL is a 404
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null; // no-log: a malformed path is a 404
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + rel);
  const inside = path.relative(base, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}
