// Spreadsheet-safe cells. A cell starting with = + - @ is a formula to Excel/LibreOffice (CSV
// injection), so it gets a leading apostrophe, which spreadsheets hide. So that readers can undo
// it exactly, a cell that already starts with apostrophes before such a character gets one more.
const NEEDS_GUARD = /^'*[=+\-@]/;
const GUARDED = /^'+[=+\-@]/;

export function guardCell(s: string): string {
  return NEEDS_GUARD.test(s) ? "'" + s : s;
}

/** Inverse of guardCell. */
export function unguardCell(s: string): string {
  return GUARDED.test(s) ? s.slice(1) : s;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; guarded first. */
export function csvField(s: string): string {
  const g = guardCell(s);
  return /[",\r\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g;
}
