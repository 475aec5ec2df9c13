// A finding's message and evidence as data: a catalogue key and its parameters. The words live in
// the string catalogues (en.ts, fr.ts); every front renders them in its own language (render.ts).
export type MessageParams = Record<string, string | number>;

export interface MessageRef {
  key: string;
  params?: MessageParams;
}

/** A message reference; parameters are kept only when given. */
export function msg(key: string, params?: MessageParams): MessageRef {
  return params && Object.keys(params).length ? { key, params } : { key };
}

export function isMessageRef(x: unknown): x is MessageRef {
  if (typeof x !== 'object' || x === null || typeof (x as MessageRef).key !== 'string') return false;
  const p = (x as MessageRef).params;
  if (p === undefined) return true;
  return typeof p === 'object' && p !== null && Object.values(p).every((v) => typeof v === 'string' || typeof v === 'number');
}
