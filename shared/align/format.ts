// Vecalign's bead notation: "[0]:[0]", "[1, 2]:[3]", "[4]:[]".
import type { Bead } from './types.js';

export function formatBeads(beads: Bead[]): string {
  return beads.map((b) => `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]`).join('\n') + (beads.length ? '\n' : '');
}
