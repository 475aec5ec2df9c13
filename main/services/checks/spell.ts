// Spell checker for the checks: Hunspell dictionaries (dictionary-en, dictionary-fr) expanded
// once into word sets. Loaded lazily, once per process; the expanded set can be cached as a
// text file (cacheDir) so later runs load in a few hundred milliseconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbenchError } from '../../../shared/api/errors.js';
import type { SpellChecker } from '../../../shared/checks/types.js';
import { log } from '../log/logger.js';
import { expandDictionary } from './hunspell-words.js';

const CACHE_VERSION = 1;

interface LangSet {
  words: Set<string>;
  tryChars: string;
}

/** The languages whose dictionaries the app ships (package dependencies). */
export const SHIPPED_DICTIONARIES = ['en', 'fr'];

/** Words longer than this get no suggestions: no dictionary word is that long, and the edit-distance search is O(length²). */
export const MAX_SUGGEST_LENGTH = 40;

// The dictionary packages export only their JS entry; the .aff/.dic files sit next to it.
// Resolved from this module (the installed app), never from the working directory: a folder
// the user runs the CLI in must not change which dictionary is used.
function dictionaryDir(lang: string): string {
  const pkg = `dictionary-${lang}`;
  let entry: string | null = null;
  try {
    entry = fileURLToPath(import.meta.resolve(pkg));
  } catch {
    // no-log: some loaders lack import.meta.resolve; require's resolution follows
    try {
      entry = createRequire(import.meta.url).resolve(pkg);
    } catch {
      entry = null; // no-log: reported below as spelling.dictionaryMissing
    }
  }
  const dir = entry ? dirname(entry) : null;
  if (!dir || !existsSync(join(dir, 'index.aff')) || !existsSync(join(dir, 'index.dic'))) {
    throw new WorkbenchError('spelling.dictionaryMissing', { language: lang }, `${pkg} is not installed with the app`);
  }
  return dir;
}

export function loadWordSet(lang: string, cacheDir?: string): LangSet {
  const dir = dictionaryDir(lang);
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  const tryChars = /^TRY\s+(\S+)/mu.exec(aff)?.[1] ?? 'abcdefghijklmnopqrstuvwxyz';
  const key = createHash('sha1').update(`${CACHE_VERSION}\n`).update(aff).update(dic).digest('hex').slice(0, 16);
  const file = cacheDir ? join(cacheDir, `words-${lang}-${key}.txt`) : undefined;
  if (file) {
    try {
      return { words: new Set(readFileSync(file, 'utf8').split('\n')), tryChars };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('spell.cacheUnreadable', { file, error: e });
    }
  }
  const { words } = expandDictionary(aff, dic);
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file + '.tmp', [...words].join('\n'));
      renameSync(file + '.tmp', file);
    } catch (e) {
      // A read-only cache dir only costs speed.
      log.warn('spell.cacheUnwritable', { file, error: e });
    }
  }
  return { words, tryChars };
}

const norm = (w: string) => (w.includes('’') ? w.replace(/’/gu, "'") : w);

export function createSpellChecker(sets: Record<string, LangSet>): SpellChecker {
  const has = (w: string, l: string) => sets[l]?.words.has(norm(w)) ?? false;
  const correct = (w: string, l: string) => {
    if (has(w, l)) return true;
    const lower = w.toLowerCase();
    if (lower === w) return false;
    if (has(lower, l)) return true;
    if (w === w.toUpperCase() && has(lower[0]!.toUpperCase() + lower.slice(1), l)) return true;
    return false;
  };
  return {
    languages: () => Object.keys(sets),
    has,
    correct,
    suggest(word, l, max = 3) {
      const set = sets[l];
      if (!set || word.length > MAX_SUGGEST_LENGTH) return [];
      const w = word.toLowerCase();
      const out: string[] = [];
      const push = (c: string) => {
        if (c !== w && set.words.has(c) && !out.includes(c)) out.push(c);
      };
      for (let i = 0; i < w.length; i++) push(w.slice(0, i) + w.slice(i + 1));
      for (let i = 0; i + 1 < w.length; i++) push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      for (let i = 0; i < w.length && out.length < max; i++) for (const c of set.tryChars) push(w.slice(0, i) + c + w.slice(i + 1));
      for (let i = 0; i <= w.length && out.length < max; i++) for (const c of set.tryChars) push(w.slice(0, i) + c + w.slice(i));
      return out.slice(0, max);
    },
  };
}

const loaded = new Map<string, LangSet>();

/** Loads (once per process) and returns a spell checker for the given languages. */
export function getSpellChecker(languages: string[] = ['en', 'fr'], opts: { cacheDir?: string } = {}): SpellChecker {
  const sets: Record<string, LangSet> = {};
  for (const l of languages) {
    let s = loaded.get(l);
    if (!s) {
      // A shipped dictionary that is missing is an error (the install is broken), never a quiet
      // switch to "no spelling check"; languages we ship no dictionary for are simply not checked.
      if (!SHIPPED_DICTIONARIES.includes(l)) continue;
      s = loadWordSet(l, opts.cacheDir);
      loaded.set(l, s);
    }
    sets[l] = s;
  }
  return createSpellChecker(sets);
}
