// What each sentence of a bead shows: for two versions, the word diff between the sides; for a
// translation, the anchors (names and numbers on both sides).
import { anchorPieces, findAnchors } from './anchors.js';
import type { Piece } from './text-pieces.js';
import { diffBead } from './word-diff.js';

export type PairKind = 'version' | 'translation';

export function beadPieces(kind: PairKind, srcTexts: readonly string[], tgtTexts: readonly string[]): { src: Piece[][]; tgt: Piece[][] } {
  if (kind === 'version') return diffBead(srcTexts, tgtTexts);
  const anchors = findAnchors(srcTexts, tgtTexts);
  return { src: srcTexts.map((s) => anchorPieces(s, anchors)), tgt: tgtTexts.map((s) => anchorPieces(s, anchors)) };
}
