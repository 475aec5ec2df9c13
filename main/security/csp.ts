// One Content-Security-Policy, used for the app:// protocol header, the HTTP bridge header and
// (as a copy checked by a test) the meta tag in renderer/index.html.
export type CspMode = 'electron' | 'http';

export function cspFor(mode: CspMode): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // The browser build talks to its own origin (fetch + server-sent events); Electron uses IPC only.
    mode === 'http' ? "connect-src 'self'" : "connect-src 'none'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
