// The page cookie is bound to its server's port: a browser sends 127.0.0.1 cookies to every port,
// so what another local app receives must not open the API, and another bitext server on this
// machine must not accept it. The token leaves the address bar after the first load.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../../main/http/server';
import { openWorkbench } from '../../main/services/open-workbench';
import type { WorkbenchService } from '../../main/services/workbench-service';
import { RENDERER_DIST, launchChromium, requireBuilt } from './harness';

let dir = '';
let browser: Browser;
const services: WorkbenchService[] = [];
let a: BridgeServer;
let b: BridgeServer;
let foreign: Server;
let foreignPort = 0;
const seenByForeign: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  requireBuilt('dist/renderer/index.html');
  dir = mkdtempSync(path.join(tmpdir(), 'bitext-cookie-'));
  for (const name of ['a', 'b']) {
    const { service } = await openWorkbench({ projectDir: path.join(dir, name), configDir: path.join(dir, `cfg-${name}`) });
    services.push(service);
  }
  a = await startBridgeServer({ service: services[0]!, rendererDir: RENDERER_DIST });
  b = await startBridgeServer({ service: services[1]!, rendererDir: RENDERER_DIST });
  // Another local app: records what the browser sends it.
  foreign = createServer((req, res) => {
    seenByForeign.push(req.headers);
    res.end('<html><body>another app</body></html>');
  });
  await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', () => r()));
  const addr = foreign.address();
  foreignPort = typeof addr === 'object' && addr ? addr.port : 0;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await a?.close();
  await b?.close();
  await new Promise((r) => foreign?.close(r));
  for (const s of services) await s.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('session cookie bound to the port', () => {
  it('drops ?token= from the address, names the cookie for its port, and the cookie opens no API anywhere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(a.url);
    await page.waitForFunction(() => !location.search.includes('token='), null, { timeout: 15_000 });
    expect(page.url()).not.toContain(a.token);

    const cookies = await context.cookies(`http://127.0.0.1:${a.port}/`);
    const ours = cookies.find((c) => c.name === `bitext_page_${a.port}`);
    expect(ours?.httpOnly).toBe(true);
    expect(ours?.value).not.toBe(a.token);
    expect(cookies.some((c) => c.value === a.token)).toBe(false);

    // A reload without the token still works: the page keeps it for this origin (port) only.
    await page.reload();
    await page.waitForLoadState('networkidle');
    const apiFromPage = await page.evaluate(async () => (await fetch('/api/getSnapshot', { method: 'POST', body: '{}' })).status);
    // Without the Authorization header the API refuses even the page's own cookie.
    expect(apiFromPage).toBe(401);

    // Another app on another port receives the 127.0.0.1 cookie…
    await page.goto(`http://127.0.0.1:${foreignPort}/`);
    const leaked = seenByForeign.map((h) => h.cookie ?? '').join('; ');
    expect(leaked).toContain(`bitext_page_${a.port}=`);
    expect(leaked).not.toContain(a.token);
    // …and what it received opens neither server's API nor the other server's pages.
    const cookieHeader = leaked.split('; ').find((c) => c.startsWith(`bitext_page_${a.port}=`))!;
    const call = (s: BridgeServer, p: string, method = 'POST') =>
      fetch(`http://127.0.0.1:${s.port}${p}`, {
        method,
        headers: { cookie: cookieHeader, 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
    expect((await call(a, '/api/getSnapshot')).status).toBe(401);
    expect((await call(b, '/api/getSnapshot')).status).toBe(401);
    expect((await call(b, '/', 'GET')).status).toBe(401);
    await context.close();
  }, 60_000);
});
