// Alignments live beside the project file (alignments/<pairId>.json), one file per pair, so a
// 20,000-bead alignment does not make every project save large. They are written only as side
// files of a project change (ProjectStore.update), so the project and its alignments move together.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { alignmentFileSchema, type AlignmentFile } from '../../../shared/project/format.js';
import { log } from '../log/logger.js';

export class AlignmentFiles {
  private readonly cache = new Map<string, AlignmentFile>();
  /** Pairs whose file was damaged and set aside: reported until the editor re-aligns. */
  private readonly damaged = new Map<string, string>();
  constructor(private readonly projectDir: string) {}

  /** The file's path relative to the project folder. */
  rel(pairId: string): string {
    return path.join('alignments', `${pairId}.json`);
  }

  private file(pairId: string): string {
    return path.join(this.projectDir, this.rel(pairId));
  }

  /**
   * The pair's alignment, or null when it was never aligned. A damaged file is set aside (never
   * deleted) and reported as `alignment.damaged` until the editor chooses to align again.
   */
  async read(pairId: string): Promise<AlignmentFile | null> {
    const hit = this.cache.get(pairId);
    if (hit) return hit;
    const kept = this.damaged.get(pairId);
    if (kept) throw new WorkbenchError('alignment.damaged', { file: kept });
    let text: string;
    try {
      text = await fsp.readFile(this.file(pairId), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('alignment.unreadable', { pairId, error: e });
      return null;
    }
    try {
      const parsed = alignmentFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
      this.cache.set(pairId, parsed.data);
      return parsed.data;
    } catch (e) {
      const aside = `${this.file(pairId)}.corrupt-${Date.now()}`;
      await fsp.rename(this.file(pairId), aside);
      const name = path.relative(this.projectDir, aside);
      this.damaged.set(pairId, name);
      log.warn('alignment.damaged', { pairId, keptAs: name, error: e });
      throw new WorkbenchError('alignment.damaged', { file: name });
    }
  }

  /** The editor chose to align again: forget the damage report. */
  clearDamage(pairId: string): void {
    this.damaged.delete(pairId);
  }

  /** The alignment if it is loaded already (no disk access). */
  peek(pairId: string): AlignmentFile | undefined {
    return this.cache.get(pairId);
  }

  /** Called once the unit that wrote it is durable. */
  loaded(a: AlignmentFile): void {
    this.cache.set(a.pairId, a);
  }

  serialize(a: AlignmentFile): string {
    return JSON.stringify(a);
  }
}
