// Every place in main/ that catches an error and carries on leaves a trace: it rethrows, reports
// the error to its caller or user (an error result, stderr, a rejected file), or logs it (log.*).
// A deliberate silence says why with a `// no-log: <reason>` comment inside the handler.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

// What counts as "the error goes somewhere".
const HANDLED = [
  /\bthrow\b/,
  /\blog\.\w+\(/,
  /\/\/ no-log: \S/,
  /\/\* no-log: \S/,
  /\breject\(/,
  /\btoApiError\(/,
  /\bio\.stderr\(/,
  /\bok: false\b/,
  /\bsend\(res, [45]\d\d\b/,
  /\bstatus: [45]\d\d\b/,
  /\bdialog\.showErrorBox\(/,
  /\b(errors|failed)\.push\(/,
];

/** The body of the block that opens at `open` (index of '{'). */
function blockAt(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(open + 1, i);
  }
  return src.slice(open + 1);
}

/** The handler passed to `.catch(`: up to the matching ')'. */
function callAt(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return src.slice(open + 1, i);
  }
  return src.slice(open + 1);
}

export function silentCatches(file: string, src: string): string[] {
  const out: string[] = [];
  const lineOf = (i: number) => src.slice(0, i).split('\n').length;
  for (const m of src.matchAll(/\bcatch\s*(\([^)]*\))?\s*\{/g)) {
    const body = blockAt(src, m.index! + m[0].length - 1);
    if (!HANDLED.some((re) => re.test(body))) out.push(`${file}:${lineOf(m.index!)}`);
  }
  for (const m of src.matchAll(/\.catch\(/g)) {
    const body = callAt(src, m.index! + m[0].length - 1);
    if (!HANDLED.some((re) => re.test(body))) out.push(`${file}:${lineOf(m.index!)}`);
  }
  return out;
}

describe('no silent catch in main/', () => {
  it('the scan tells a silent catch from a handled one', () => {
    expect(silentCatches('x.ts', 'try { a(); } catch { return null; }')).toEqual(['x.ts:1']);
    expect(silentCatches('x.ts', 'p.catch(() => undefined);')).toEqual(['x.ts:1']);
    expect(silentCatches('x.ts', 'try { a(); } catch (e) { log.warn("x", { error: e }); return null; }')).toEqual([]);
    expect(silentCatches('x.ts', 'try { a(); } catch (e) { if (x) { throw e; } }')).toEqual([]);
    expect(silentCatches('x.ts', 'try { a(); } catch {\n  // no-log: absent is the normal case\n  return null;\n}')).toEqual([]);
    expect(silentCatches('x.ts', 'p.catch((e) => log.warn("x", { error: e }));')).toEqual([]);
  });

  it('every catch in main/ rethrows, reports, logs, or says why not', () => {
    const found = walk(path.join(root, 'main')).flatMap((f) => silentCatches(path.relative(root, f), fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
