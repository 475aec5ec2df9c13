// Characters some consumers cannot take. XML 1.0 cannot hold C0 controls other than TAB/LF/CR,
// lone surrogates or U+FFFE/U+FFFF (the "vertical tab from Word paste breaks the TMX" bug); C1
// controls and DEL are legal XML but are always mojibake in news text and upset CAT tools. Line
// formats (Moses, TSV) must also not contain anything a reader treats as a line break: Python's
// str.splitlines() splits on VT, FF, FS/GS/RS, NEL, U+2028 and U+2029 as well as CR/LF.
import type { RemovedChars } from './types.js';

// Without the `u` flag so that surrogate halves are matched as code units.
const REMOVABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u001C-\u001E\u0085\u2028\u2029]+/g;

export function emptyRemoved(): RemovedChars {
  return { count: 0, byCodePoint: {} };
}

function codeLabel(ch: string): string {
  return 'U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** Removes what XML 1.0 cannot hold, counting each removed code unit in `report`. */
export function stripUnsafeChars(s: string, report: RemovedChars): string {
  REMOVABLE.lastIndex = 0;
  if (!REMOVABLE.test(s)) return s;
  REMOVABLE.lastIndex = 0;
  return s.replace(REMOVABLE, (ch) => {
    report.count++;
    const k = codeLabel(ch);
    report.byCodePoint[k] = (report.byCodePoint[k] ?? 0) + 1;
    return '';
  });
}

/**
 * One physical line: every run of line-breaking characters (and tabs) becomes one space, then
 * unsafe characters are removed (and counted). Line breaks are replaced, not counted as removed.
 */
export function toSingleLine(s: string, report: RemovedChars): string {
  return stripUnsafeChars(s.replace(LINE_BREAKS, ' '), report);
}

/** Adds one report into another (per-export totals). */
export function addRemoved(into: RemovedChars, from: RemovedChars): void {
  into.count += from.count;
  for (const [k, n] of Object.entries(from.byCodePoint)) into.byCodePoint[k] = (into.byCodePoint[k] ?? 0) + n;
}
