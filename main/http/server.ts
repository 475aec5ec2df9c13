// Loopback HTTP bridge: serves the built renderer and the API to a browser on this machine only.
// Bound to 127.0.0.1, Host must be ours (DNS-rebinding guard) and cross-origin API calls are refused.
// The API takes the per-launch token in the Authorization header only (the page keeps it in
// sessionStorage, which is per port); the event stream may carry it in its URL because
// EventSource cannot set headers. ?token= in the address bar is read on a page load only and
// becomes a page cookie named for this port whose value is NOT the token: cookies on 127.0.0.1 go
// to every port, so a cookie that leaks to another local app must not open the API.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { WorkbenchEvent } from '../../shared/api/contract.js';
import { cspFor } from '../security/csp.js';
import { dispatch } from '../services/dispatch.js';
import type { WorkbenchService } from '../services/workbench-service.js';

export interface BridgeServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 80 * 1024 * 1024;
/** One cookie name per port, so two servers on this machine never read each other's cookie. */
export function sessionCookieName(port: number): string {
  return `bitext_page_${port}`;
}
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export async function startBridgeServer(opts: { service: WorkbenchService; rendererDir: string; port?: number; token?: string }): Promise<BridgeServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const clients = new Set<ServerResponse>();
  let port = 0;

  const same = (candidate: string | null | undefined, expected: Buffer): boolean => {
    if (!candidate) return false;
    const b = Buffer.from(candidate);
    return b.length === expected.length && timingSafeEqual(b, expected);
  };
  const tokenOk = (candidate: string | null | undefined) => same(candidate, tokenBuf);
  // The page cookie: derived from the token, opens the app's files but never the API.
  const pageSecret = createHmac('sha256', token).update('page-cookie').digest('base64url');
  const pageOk = (candidate: string | null | undefined) => same(candidate, Buffer.from(pageSecret));

  const unsubscribe = opts.service.onEvent((e: WorkbenchEvent) => {
    const line = `data: ${JSON.stringify(e)}\n\n`;
    for (const c of clients) c.write(line);
  });

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', detail: String(e) } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return void send(res, 421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const fromQuery = url.searchParams.get('token');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookie = readCookie(req.headers.cookie, sessionCookieName(port));

    if (url.pathname.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return void send(res, 403, 'cross-origin request refused');
      const method = url.pathname.slice('/api/'.length);
      const isEvents = method === 'events' && req.method === 'GET';
      // A page from before a restart: its token is gone. Said as an API error the UI translates.
      if (!tokenOk(bearer) && !(isEvents && tokenOk(fromQuery))) return void send(res, 401, { ok: false, error: { code: 'session.lost' } });
      if (isEvents) return openEvents(res);
      if (req.method !== 'POST') return void send(res, 405, 'POST only');
      const body = await readBody(req);
      if (body === null) return void send(res, 413, { ok: false, error: { code: 'ipc.invalidPayload', params: { reason: 'too large' } } });
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return void send(res, 400, { ok: false, error: { code: 'ipc.invalidPayload', params: { reason: 'not JSON' } } });
      }
      const result = await dispatch(opts.service, method, payload);
      return void send(res, 200, result);
    }
    if (!tokenOk(bearer) && !pageOk(cookie) && !tokenOk(fromQuery)) return void sendSessionPage(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void send(res, 405, 'GET only');
    // A page load with the token: assets and reloads then carry the page cookie (never the token).
    if (fromQuery && tokenOk(fromQuery)) {
      res.setHeader('set-cookie', `${sessionCookieName(port)}=${pageSecret}; HttpOnly; SameSite=Strict; Path=/`);
    }
    return serveStatic(url.pathname, res);
  }

  function openEvents(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      ...securityHeaders(),
    });
    res.write(': connected\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const root = path.resolve(opts.rendererDir);
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return void send(res, 400, 'bad path');
    }
    const file = path.resolve(root, '.' + (rel === '/' ? '/index.html' : rel));
    if (file !== root && !file.startsWith(root + path.sep)) return void send(res, 403, 'outside the app');
    let data: Buffer;
    try {
      data = await fsp.readFile(file);
    } catch {
      // Single-page app: unknown routes get the shell; missing assets get a 404.
      if (path.extname(file)) return void send(res, 404, 'not found');
      try {
        data = await fsp.readFile(path.join(root, 'index.html'));
      } catch {
        return void send(res, 500, 'the renderer is not built: run npm run build');
      }
      return void writeFile(res, 'index.html', data);
    }
    writeFile(res, file, data);
  }

  function writeFile(res: ServerResponse, file: string, data: Buffer): void {
    res.writeHead(200, {
      'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...securityHeaders(),
    });
    res.end(data);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const c of clients) c.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': cspFor('http'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = typeof body !== 'string';
  res.writeHead(status, {
    'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...securityHeaders(),
  });
  res.end(json ? JSON.stringify(body) : body);
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The page for an address without a valid token (an old tab after a restart, a typed address):
 * what happened and what to do, in English and French (the UI language is not known here).
 */
function sendSessionPage(res: ServerResponse): void {
  res.writeHead(401, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders() });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bitext Workbench — session ended / session terminée</title></head>
<body>
<main>
<section lang="en"><h1>This session has ended</h1>
<p>The workbench was restarted, or this address is not the one it printed. Each start of <code>bitext serve</code> prints a new address with its own key: open that address (it is in the terminal where the workbench runs). Nothing was lost: the project is saved on disk.</p></section>
<section lang="fr"><h1>Cette session a pris fin</h1>
<p>L’atelier a été redémarré, ou cette adresse n’est pas celle qu’il a affichée. Chaque démarrage de <code>bitext serve</code> affiche une nouvelle adresse avec sa propre clé : ouvrez cette adresse (elle est dans le terminal où l’atelier tourne). Rien n’est perdu : le projet est enregistré sur le disque.</p></section>
</main>
</body></html>
`);
}
