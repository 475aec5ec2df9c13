// Alignments live beside the project file (alignments/<pairId>.json), one file per pair, so a
// 20,000-bead alignment does not make every project save large.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { alignmentFileSchema, type AlignmentFile } from '../../../shared/project/format.js';
import { writeFileAtomic } from '../project/atomic-write.js';

export class AlignmentFiles {
  private readonly cache = new Map<string, AlignmentFile>();
  constructor(private readonly projectDir: string) {}

  private file(pairId: string): string {
    return path.join(this.projectDir, 'alignments', `${pairId}.json`);
  }

  async read(pairId: string): Promise<AlignmentFile | null> {
    const hit = this.cache.get(pairId);
    if (hit) return hit;
    let text: string;
    try {
      text = await fsp.readFile(this.file(pairId), 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = alignmentFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
      this.cache.set(pairId, parsed.data);
      return parsed.data;
    } catch {
      // A damaged alignment is set aside (never deleted) and the pair is aligned afresh.
      await fsp.rename(this.file(pairId), `${this.file(pairId)}.corrupt-${Date.now()}`).catch(() => undefined);
      return null;
    }
  }

  /** The alignment if it is loaded already (no disk access). */
  peek(pairId: string): AlignmentFile | undefined {
    return this.cache.get(pairId);
  }

  async write(a: AlignmentFile): Promise<void> {
    await fsp.mkdir(path.dirname(this.file(a.pairId)), { recursive: true });
    await writeFileAtomic(this.file(a.pairId), JSON.stringify(a));
    this.cache.set(a.pairId, a);
  }
}
