// Maps a text selection in the Document view to ORIGINAL-text offsets. Only unchanged text (plain
// pieces and open findings) carries `data-start`, so a selection over a fix or a marker maps to
// nothing: a hand fix never overlaps an earlier fix.
interface NodeLike {
  nodeType: number;
  parentElement: { dataset: Record<string, string | undefined>; firstChild: unknown } | null;
}

const TEXT_NODE = 3;

function offsetOf(node: NodeLike | null, offset: number): number | null {
  if (!node || node.nodeType !== TEXT_NODE) return null;
  const parent = node.parentElement;
  const start = parent?.dataset['start'];
  // The piece's own text is its first child; anything else (a tooltip, a note) is not document text.
  if (!parent || start === undefined || parent.firstChild !== node) return null;
  return Number(start) + offset;
}

export function selectionOffsets(
  sel: { anchorNode: unknown; anchorOffset: number; focusNode: unknown; focusOffset: number; isCollapsed: boolean } | null,
): { start: number; end: number } | null {
  if (!sel || sel.isCollapsed) return null;
  const a = offsetOf(sel.anchorNode as NodeLike | null, sel.anchorOffset);
  const b = offsetOf(sel.focusNode as NodeLike | null, sel.focusOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
