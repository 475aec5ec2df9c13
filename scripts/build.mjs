// Builds everything the app runs from: the renderer (Vite), and with esbuild the Electron main
// process (ESM), the sandboxed preload (one CommonJS file: sandboxed preloads cannot require),
// the analysis worker and the CLI. Type-checking is separate (npm run typecheck).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync, mkdirSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  esbuild({ ...node, entryPoints: ['main/cli/main.ts'], outfile: 'dist/cli.js', format: 'esm', packages: 'external' }),
  esbuild({
    ...node,
    entryPoints: ['main/services/workers/analyze-worker.ts'],
    outfile: 'dist/workers/analyze-worker.js',
    format: 'esm',
    packages: 'external',
  }),
  esbuild({ ...node, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.js', format: 'esm', packages: 'external', external: ['electron'] }),
  esbuild({ ...node, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs', external: ['electron'] }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });
if (!quiet) console.log('built dist/');
