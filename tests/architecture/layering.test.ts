// The layering is a rule the build enforces: shared/ is pure (no Electron, DOM or Node I/O),
// main/services/ never loads Electron, and the renderer never reaches into main/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Module specifiers of value imports/exports/requires (type-only imports are erased). */
export function valueImports(code: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (let m; (m = re.exec(code));) {
    if (m[1]) continue;
    specs.push((m[2] ?? m[3])!);
  }
  return specs;
}

const NODE_BUILTINS = /^(node:|fs$|fs\/|path$|os$|child_process$|worker_threads$|crypto$|http$|https$|net$|url$|util$|stream$|buffer$)/;
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator|HTMLElement)\s*[.[(]/;

describe('layering', () => {
  it('the import scanner sees value imports and skips type-only ones', () => {
    const code = `import type { X } from 'electron';\nimport { app } from 'electron';\nconst fs = require('fs');\nexport { y } from "node:path";`;
    expect(valueImports(code)).toEqual(['electron', 'fs', 'node:path']);
  });

  it('shared/ imports no Electron, Node built-in, React or DOM', () => {
    const bad: string[] = [];
    for (const f of sources(path.join(root, 'shared'))) {
      const code = readFileSync(f, 'utf8');
      for (const s of valueImports(code)) {
        if (s === 'electron' || NODE_BUILTINS.test(s) || s.startsWith('react')) bad.push(`${path.relative(root, f)} → ${s}`);
      }
      // Strings and comments may mention 'document' freely; code may not use the DOM.
      const stripped = code
        .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''")
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      if (DOM_GLOBALS.test(stripped)) bad.push(`${path.relative(root, f)} uses a DOM global`);
    }
    expect(bad).toEqual([]);
  });

  it('only main/electron/ loads Electron at run time', () => {
    const bad: string[] = [];
    for (const f of sources(path.join(root, 'main'))) {
      if (f.includes(`${path.sep}electron${path.sep}`)) continue;
      if (valueImports(readFileSync(f, 'utf8')).includes('electron')) bad.push(path.relative(root, f));
    }
    expect(bad).toEqual([]);
  });

  it('renderer/ never imports main/ or Node built-ins', () => {
    const bad: string[] = [];
    for (const f of sources(path.join(root, 'renderer'))) {
      for (const s of valueImports(readFileSync(f, 'utf8'))) {
        const resolved = s.startsWith('.') ? path.resolve(path.dirname(f), s) : s;
        if (resolved.startsWith(path.join(root, 'main')) || s === 'electron' || NODE_BUILTINS.test(s)) {
          bad.push(`${path.relative(root, f)} → ${s}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the sample corpus is byte-identical to the seeds', () => {
    const seeds = path.resolve(root, '../shared/seeds');
    let names: string[] = [];
    try {
      names = readdirSync(seeds).filter((n) => n.endsWith('.txt'));
    } catch {
      return; // seeds folder absent (outside this workspace): nothing to compare
    }
    for (const n of names) {
      expect(readFileSync(path.join(root, 'corpus', n)).equals(readFileSync(path.join(seeds, n))), n).toBe(true);
    }
  });
});
