import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const corpus = path.join(root, 'corpus');
const bin = path.join(root, 'bin', 'bitext.js');

/** Runs the built `bitext` exactly as a user would (npm test builds first). */
export function bitext(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js missing: run `npm run build` first (npm test does)');
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
