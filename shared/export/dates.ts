// TMX dates are UTC in the basic ISO 8601 form YYYYMMDDThhmmssZ (TMX 1.4b, "Date and time").

export function tmxDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(iso)}`);
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Parses YYYYMMDDThhmmssZ back into an ISO 8601 string, or null. */
export function parseTmxDate(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : null;
}
