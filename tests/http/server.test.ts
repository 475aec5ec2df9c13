import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../../main/http/server';
import { openWorkbench } from '../../main/services/open-workbench';
import type { WorkbenchService } from '../../main/services/workbench-service';

let tmp: string;
let server: BridgeServer;
let service: WorkbenchService;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-http-'));
  const renderer = path.join(tmp, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(renderer, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  ({ service } = await openWorkbench({
    projectDir: path.join(tmp, 'proj'),
    configDir: path.join(tmp, 'cfg'),
    sampleCorpusDir: path.resolve(__dirname, '../../corpus'),
  }));
  server = await startBridgeServer({ service, rendererDir: renderer });
});
afterAll(async () => {
  await server.close();
  await service.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Raw request, so tests control the Host and Origin headers that fetch() would fix. */
function raw(
  method: string,
  p: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path: p, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
const auth = () => ({ authorization: `Bearer ${server.token}` });

describe('loopback HTTP bridge', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{24,}$/);
  });

  it('refuses requests without the token, with a wrong token, or for another host', async () => {
    expect((await raw('GET', '/')).status).toBe(401);
    expect((await raw('POST', '/api/getSnapshot', { authorization: 'Bearer nope' }, '{}')).status).toBe(401);
    expect((await raw('GET', '/', { ...auth(), host: `evil.example:${server.port}` })).status).toBe(421);
  });

  it('says in English and French that the session ended, and the API answers with a code the UI translates', async () => {
    const page = await raw('GET', '/');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('This session has ended');
    expect(page.body).toContain('Cette session a pris fin');
    expect(page.body).not.toMatch(/token required/i);
    const api = await raw('POST', '/api/getSnapshot', { authorization: 'Bearer nope' }, '{}');
    expect(JSON.parse(api.body)).toEqual({ ok: false, error: { code: 'session.lost' } });
  });

  it('answers API calls with Result objects and validates payloads', async () => {
    const snap = await raw('POST', '/api/getSnapshot', auth(), '{}');
    expect(snap.status).toBe(200);
    const body = JSON.parse(snap.body);
    expect(body.ok).toBe(true);
    expect(body.value.documents).toHaveLength(5);
    expect(body.value.capabilities.nativeDialogs).toBe(false);
    const bad = JSON.parse((await raw('POST', '/api/getDocument', auth(), '{"id":"../x"}')).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'ipc.invalidPayload' } });
    expect(JSON.parse((await raw('POST', '/api/importWithDialog', auth(), '{"mode":"files"}')).body)).toMatchObject({
      ok: false,
      error: { code: 'ipc.forbidden' },
    });
    expect((await raw('POST', '/api/getSnapshot', auth(), '{not json')).status).toBe(400);
    expect((await raw('GET', '/api/getSnapshot', auth())).status).toBe(405);
  });

  it('refuses cross-origin API calls', async () => {
    const r = await raw('POST', '/api/getSnapshot', { ...auth(), origin: 'https://evil.example' }, '{}');
    expect(r.status).toBe(403);
  });

  it('serves the renderer with the CSP, turns ?token= into a cookie, and stays inside its folder', async () => {
    const page = await raw('GET', `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toContain('HttpOnly');
    expect((await raw('GET', '/assets/a.js', { cookie })).status).toBe(200);
    expect((await raw('GET', '/some/route', { cookie })).body).toContain('<title>app</title>');
    expect((await raw('GET', '/assets/missing.js', { cookie })).status).toBe(404);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await raw('GET', p, { cookie });
      expect(r.body, p).not.toContain('secret');
    }
  });

  it('the page cookie is named for this port, is not the token, and opens no API call; ?token= opens no API call', async () => {
    const page = await raw('GET', `/?token=${server.token}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(cookie.startsWith(`bitext_page_${server.port}=`)).toBe(true);
    expect(cookie).not.toContain(server.token);
    expect((await raw('POST', '/api/getSnapshot', { cookie }, '{}')).status).toBe(401);
    expect((await raw('POST', `/api/getSnapshot?token=${server.token}`, {}, '{}')).status).toBe(401);
    // Another port's cookie name is not ours.
    const foreign = `bitext_page_${server.port + 1}=${cookie.split('=')[1]}`;
    expect((await raw('GET', '/assets/a.js', { cookie: foreign })).status).toBe(401);
  });

  it('streams events to subscribers', async () => {
    const got = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}`, headers: { host: `127.0.0.1:${server.port}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let buf = '';
          res.on('data', (c: Buffer) => {
            buf += c.toString('utf8');
            if (buf.includes('project-changed')) {
              req.destroy();
              resolve(buf);
            }
          });
          // Trigger a change once subscribed.
          setTimeout(async () => {
            const snap = JSON.parse((await raw('POST', '/api/getSnapshot', auth(), '{}')).body);
            const id = snap.value.documents[0].id;
            await raw('POST', '/api/setReviewed', auth(), JSON.stringify({ id, reviewed: true }));
          }, 50);
        },
      );
      req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
      req.end();
    });
    expect(got).toMatch(/data: \{"type":"project-changed"/);
  });
});
