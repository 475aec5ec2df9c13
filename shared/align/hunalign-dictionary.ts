// Reads hunalign's dictionary format: one entry per line, "target phrase @ source phrase"
// (hunalign's README: the target-language side comes first). Returned as [source, target].

export function parseHunalignDictionary(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf(' @ ');
    if (at < 0) continue; // hunalign ignores malformed lines too
    const tgt = line.slice(0, at).trim();
    const src = line.slice(at + 3).trim();
    if (tgt && src) out.push([src, tgt]);
  }
  return out;
}
