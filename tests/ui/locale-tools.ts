// Helpers for the locale checks: flatten nested catalogues, find {{variables}}, group plural forms.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Catalogue = { [key: string]: string | Catalogue };

export function loadLocale(lng: 'en' | 'fr'): Catalogue {
  const file = fileURLToPath(new URL(`../../renderer/i18n/locales/${lng}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
}

/** Every leaf as "a.b.c" → string; a non-string, non-object leaf is reported as a problem. */
export function flatten(cat: Catalogue, prefix = '', out = new Map<string, string>(), problems: string[] = []): Map<string, string> {
  for (const [k, v] of Object.entries(cat)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out, problems);
    else problems.push(key);
  }
  if (problems.length) throw new Error(`not a string or object: ${problems.join(', ')}`);
  return out;
}

export function variables(s: string): string[] {
  return [...new Set([...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Base key (plural suffix removed) → the plural categories present (empty set for plain keys). */
export function groupPlurals(flat: Map<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    const set = groups.get(base) ?? new Set<string>();
    if (m) set.add(m[1]!);
    groups.set(base, set);
  }
  return groups;
}

/** Whether `key` resolves in the catalogue, directly or as a plural base. */
export function hasKey(flat: Map<string, string>, key: string): boolean {
  return flat.has(key) || [...flat.keys()].some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === key);
}
