// Starting and stopping the real `bitext serve` for browser tests: a temp project and config dir,
// and the address it prints first.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO } from './harness.js';

export interface Served {
  child: ChildProcess;
  url: string;
}

export function startServe(projectDir: string, configDir: string): Promise<Served> {
  const child = spawn(process.execPath, ['bin/bitext.js', 'serve', '--project', projectDir, '--port', '0'], {
    cwd: REPO,
    // Settings go to the temp dir, never the user's real config.
    env: { ...process.env, BITEXT_CONFIG_DIR: configDir, BITEXT_DATA_DIR: configDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bitext serve printed no address in 60 s\n${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`bitext serve exited (${code})\n${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const m = /^Listening on (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line);
      if (m) resolve({ child, url: m[1]! });
      else reject(new Error(`unexpected first line: ${line}`));
    });
  });
}

export function stopServe(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
