// Builders and tools shared by the export tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BitextCorpus, CorpusTextEdit } from '../../shared/export/types.js';

export const root = path.resolve(__dirname, '../..');
export const corpusDir = path.join(root, 'corpus');
export const dtdPath = path.join(root, '.cache', 'dtd', 'tmx14.dtd');

/** Strings that break naive exporters. */
export const HOSTILE: Array<[string, string]> = [
  ['Markup <b>&amp;</b> & "double" \'single\' quotes', 'Balises <b>&amp;</b> & « guillemets » "doubles"'],
  ['CDATA end ]]> inside', 'Fin de CDATA ]]> dedans'],
  ['Controls a\u0001b\u000Bc\u001Fd\u007Fe\u0085f lone \uD800 high, lone \uDC00 low, \uFFFE\uFFFF end', 'Contrôles\u0000 x\u0008y'],
  ['Emoji 😀 and astral 𝔘𝔫𝔦 and flag 🇫🇷', 'Émoji 😀 et 𝔘𝔫𝔦'],
  ['Right-to-left \u200F marks \u202Eoverride\u202C and Hebrew שלום', 'Marques \u200E gauche-à-droite'],
  ['NFD accents: Cafe\u0301 e\u0301te\u0301', 'Accents NFD : e\u0301te\u0301 a\u0300 Noe\u0308l'],
  ['Line one\nline two\tafter tab\r\nCRLF\u2028LS', 'Ligne un\nligne deux\tonglet'],
  ['=HYPERLINK("http://evil.example","x")', '+33 1 23 45 67 89'],
  ['-2+3', '@SUM(A1:A2)'],
  ["'=already guarded", "''+two quotes"],
  ['Typographic “quotes” ‘single’ «guillemets» — dash', 'Il a dit : « Bonjour ! »'],
];

/**
 * A corpus of one en/fr pair whose bead i holds HOSTILE[i]; even beads confirmed. Sentences are
 * separated by a blank line so the spans are exactly the strings.
 */
export function hostileCorpus(pairs: Array<[string, string]> = HOSTILE, edits: { src?: CorpusTextEdit[]; tgt?: CorpusTextEdit[] } = {}): BitextCorpus {
  const build = (texts: string[]) => {
    let text = '';
    const spans = texts.map((t) => {
      if (text) text += '\n\n';
      const start = text.length;
      text += t;
      return { start, end: text.length };
    });
    return { text, spans };
  };
  const en = build(pairs.map((p) => p[0]));
  const fr = build(pairs.map((p) => p[1]));
  const doc = (id: string, name: string, language: string, text: string, e: CorpusTextEdit[] = []) => ({
    id,
    name,
    relPath: name,
    language,
    detectedLanguage: language,
    confidence: 0.9,
    override: null,
    reviewed: true,
    segmentMix: { [language]: text.length },
    originalText: text,
    edits: e,
  });
  return {
    name: 'Hostile <corpus> & "co"',
    languages: ['en', 'fr'],
    createdAt: '2024-03-05T10:20:30.456Z',
    documents: [doc('d_en', 'hostile-en.txt', 'en', en.text, edits.src), doc('d_fr', 'hostile-fr.txt', 'fr', fr.text, edits.tgt)],
    pairs: [
      {
        id: 'p_0123456789abcdef',
        a: 'd_en',
        b: 'd_fr',
        kind: 'translation',
        status: 'confirmed',
        score: 0.9,
        srcSentences: en.spans,
        tgtSentences: fr.spans,
        beads: pairs.map((_, i) => ({
          src: [i],
          tgt: [i],
          confidence: 0.5 + i / 100,
          confirmed: i % 2 === 0,
          origin: i % 3 === 0 ? ('manual' as const) : ('auto' as const),
        })),
      },
    ],
    findings: [],
  };
}

export function tempDir(prefix = 'bitext-export-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under dir, relative, '/'-separated (temp files included: they start with "."). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** xmllint with the given arguments; --nonet so nothing is fetched. */
export function xmllint(args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync('xmllint', ['--nonet', ...args], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}
