// Expands a Hunspell dictionary (.aff + .dic) into the set of word forms it accepts.
// Why not nspell: loading dictionary-fr through nspell takes ~6 s and ~370 MB; a plain Set of
// forms is built in a fraction of that, and can be cached as a text file for instant reloads.
// Elision prefixes (l', d', qu'…) are not expanded: the checks strip clitics before lookup.

interface Affix {
  strip: string;
  add: string;
  cont: string[];
  cond: RegExp | null;
}
interface AffixClass {
  cross: boolean;
  rules: Affix[];
}

export interface AffData {
  flagMode: 'char' | 'long' | 'num' | 'utf8';
  pfx: Map<string, AffixClass>;
  sfx: Map<string, AffixClass>;
  needAffix?: string;
  forbidden?: string;
  onlyInCompound?: string;
  tryChars: string;
}

export function splitFlags(s: string, mode: AffData['flagMode']): string[] {
  if (!s) return [];
  if (mode === 'long') return s.match(/[\s\S]{1,2}/gu) ?? [];
  if (mode === 'num') return s.split(',').filter(Boolean);
  return [...s];
}

export function parseAff(aff: string): AffData {
  const data: AffData = { flagMode: 'char', pfx: new Map(), sfx: new Map(), tryChars: '' };
  const lines = aff.split(/\r?\n/u);
  for (const raw of lines) {
    const line = raw.replace(/\s+#.*$/u, '').trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split(/\s+/u);
    const kw = f[0]!;
    if (kw === 'FLAG') data.flagMode = f[1] === 'long' ? 'long' : f[1] === 'num' ? 'num' : f[1] === 'UTF-8' ? 'utf8' : 'char';
    else if (kw === 'NEEDAFFIX') data.needAffix = f[1];
    else if (kw === 'FORBIDDENWORD') data.forbidden = f[1];
    else if (kw === 'ONLYINCOMPOUND') data.onlyInCompound = f[1];
    else if (kw === 'TRY') data.tryChars = f[1] ?? '';
    else if (kw === 'PFX' || kw === 'SFX') {
      const table = kw === 'PFX' ? data.pfx : data.sfx;
      const flag = f[1]!;
      if (f.length === 4 && /^[YN]$/u.test(f[2]!) && /^\d+$/u.test(f[3]!)) {
        table.set(flag, { cross: f[2] === 'Y', rules: [] });
        continue;
      }
      const cls = table.get(flag);
      if (!cls || f.length < 4) continue;
      const strip = f[2] === '0' ? '' : f[2]!;
      const [addRaw, contRaw] = f[3]!.split('/');
      const add = addRaw === '0' ? '' : addRaw!;
      const c = f[4] ?? '.';
      let cond: RegExp | null = null;
      if (c !== '.') {
        try {
          cond = new RegExp(kw === 'SFX' ? `${c}$` : `^${c}`, 'u');
        } catch {
          continue; /* no-log: a rule the dictionary writes in a pattern JS cannot read is skipped */
        }
      }
      cls.rules.push({ strip, add, cont: splitFlags(contRaw ?? '', data.flagMode), cond });
    }
  }
  return data;
}

const ELIDED = /['’]/u;

export function expandDictionary(affText: string, dicText: string): { words: Set<string>; aff: AffData } {
  const aff = parseAff(affText);
  for (const [flag, cls] of aff.pfx) {
    cls.rules = cls.rules.filter((r) => !ELIDED.test(r.add));
    if (!cls.rules.length) aff.pfx.delete(flag);
  }
  const words = new Set<string>();
  const add = (w: string) => {
    if (w) words.add(w.replace(/’/gu, "'"));
  };

  const applySfx = (w: string, flags: string[], depth: number, allowPfx: string[]) => {
    for (const fl of flags) {
      const cls = aff.sfx.get(fl);
      if (!cls) continue;
      for (const r of cls.rules) {
        if (r.strip && !w.endsWith(r.strip)) continue;
        if (r.cond && !r.cond.test(w)) continue;
        const form = w.slice(0, w.length - r.strip.length) + r.add;
        if (!r.cont.includes(aff.needAffix ?? '\u0000')) add(form);
        if (depth < 1 && r.cont.length) applySfx(form, r.cont, depth + 1, []);
        if (cls.cross && (allowPfx.length || r.cont.length)) applyPfx(form, r.cont.length ? [...allowPfx, ...r.cont] : allowPfx, false);
      }
    }
  };
  const applyPfx = (w: string, flags: string[], thenSfx: boolean) => {
    for (const fl of flags) {
      const cls = aff.pfx.get(fl);
      if (!cls) continue;
      for (const r of cls.rules) {
        if (r.strip && !w.startsWith(r.strip)) continue;
        if (r.cond && !r.cond.test(w)) continue;
        const form = r.add + w.slice(r.strip.length);
        if (!r.cont.includes(aff.needAffix ?? '\u0000')) add(form);
        if (thenSfx && r.cont.length) applySfx(form, r.cont, 1, []);
      }
    }
  };

  const lines = dicText.split(/\r?\n/u);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line.startsWith('\t')) continue;
    // "word/FLAGS morph…": the first unescaped slash separates word and flags.
    let slash = -1;
    for (let j = 0; j < line.length; j++) {
      if (line[j] === '\\') {
        j++;
        continue;
      }
      if (line[j] === '/') {
        slash = j;
        break;
      }
      if (line[j] === '\t' || (line[j] === ' ' && j > 0)) break;
    }
    const head = (slash < 0 ? line : line.slice(0, slash)).split(/[\t ]/u)[0]!.replace(/\\\//gu, '/');
    const flagStr = slash < 0 ? '' : line.slice(slash + 1).split(/[\t ]/u)[0]!;
    const flags = splitFlags(flagStr, aff.flagMode);
    if (aff.forbidden && flags.includes(aff.forbidden)) continue;
    if (aff.onlyInCompound && flags.includes(aff.onlyInCompound)) continue;
    if (!aff.needAffix || !flags.includes(aff.needAffix)) add(head);
    const pfxFlags = flags.filter((f) => aff.pfx.has(f));
    applySfx(head, flags, 0, pfxFlags);
    applyPfx(head, pfxFlags, true);
  }
  return { words, aff };
}
