#!/usr/bin/env node
// The `bitext` command. The CLI is bundled to dist/cli.js by `npm run build` (run by npm install).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('bitext: not built yet — run `npm run build` in the project folder first.\n');
  process.exit(1);
}
await import(cli.href);
