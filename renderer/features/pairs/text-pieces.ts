// How a sentence is cut into runs for display: plain text, a word that differs from the other
// version, or an anchor (a name or number found on both sides of a translation).
export type PieceKind = 'same' | 'removed' | 'added' | 'anchor';

export interface Piece {
  text: string;
  kind: PieceKind;
}

/** Appends a run, joining it to the previous one when they are of the same kind. */
export function pushPiece(out: Piece[], text: string, kind: PieceKind): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ text, kind });
}
