// Reads a dictd dictionary (.index + .dict.dz, as Debian packages FreeDict) for the build scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string): number => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** Each entry of `<dir>/<name>`: its headword and its body's lines without the headword line. */
export function* dictdEntries(dir: string, name: string): Generator<[head: string, body: string[]]> {
  const dict = gunzipSync(readFileSync(join(dir, `${name}.dict.dz`)));
  for (const line of readFileSync(join(dir, `${name}.index`), 'utf8').split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || !off || !len || head.startsWith('00database')) continue;
    const body = dict
      .subarray(b64(off), b64(off) + b64(len))
      .toString('utf8')
      .split('\n')
      .slice(1);
    yield [head, body];
  }
}
