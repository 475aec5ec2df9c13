// Choices the editor expects to find again next session (export options, table columns): kept in
// this browser's localStorage, read back against the defaults so an old or damaged value never
// breaks a view — a key whose type changed falls back to its default.
const PREFIX = 'bitext.';

export function remember(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* storage full or disabled (private mode): the choice lasts for this session */
  }
}

/** The saved value merged over `defaults`, key by key, keeping only values of the default's type. */
export function recall<T extends object>(key: string, defaults: T): T {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null');
  } catch {
    return defaults;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return defaults;
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const d = (defaults as Record<string, unknown>)[k];
    // A key the defaults do not have is kept when it is a plain value (optional choices).
    const ok = d === undefined ? ['string', 'number', 'boolean'].includes(typeof v) : Array.isArray(d) ? Array.isArray(v) : typeof v === typeof d;
    if (ok) out[k] = v;
  }
  return out as T;
}
