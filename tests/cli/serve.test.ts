import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

describe('bitext serve', () => {
  it('prints the Listening line first, serves the API with the token, and stops on SIGTERM', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-serve-'));
    const child = spawn(process.execPath, [path.join(root, 'bin/bitext.js'), 'serve', '--project', path.join(tmp, 'p'), '--port', '0'], {
      env: { ...process.env, BITEXT_CONFIG_DIR: path.join(tmp, 'cfg') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (c: Buffer) => {
          buf += c.toString();
          if (buf.includes('\n')) resolve(buf.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const m = /^Listening on (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=(\S+)$/.exec(first);
      expect(m, first).not.toBeNull();
      const [, base, , token] = m!;
      const res = await fetch(`${base}api/getSnapshot`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' });
      const body = (await res.json()) as { ok: boolean; value: { documents: unknown[] } };
      expect(body.ok).toBe(true);
      expect(body.value.documents).toHaveLength(5);
      expect((await fetch(`${base}api/getSnapshot`, { method: 'POST', body: '{}' })).status).toBe(401);
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
