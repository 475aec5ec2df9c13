// Paths the renderer may import by drop: only those the preload saw in a real (trusted) drop
// event, for a short while, each usable once. A subverted renderer calling importDropped with
// any path it likes gets nothing: it cannot fabricate a trusted drop of a file it was not given.

/** The IPC message the preload sends with the paths of a trusted drop. */
export const DROP_CHANNEL = 'workbench:dropped-paths';

/** Recorded drops stay valid this long (the renderer asks right after the drop). */
export const DROP_TTL_MS = 60_000;
/** More paths than this in one drop are not recorded (a drop of a folder is one path). */
export const MAX_DROP_PATHS = 10_000;

export class DropRegistry {
  private readonly recorded = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Called from the drop channel: the paths of one trusted drop event. */
  record(paths: unknown): void {
    if (!Array.isArray(paths)) return;
    const t = this.now();
    for (const p of paths.slice(0, MAX_DROP_PATHS)) if (typeof p === 'string' && p.length > 0 && p.length < 4096) this.recorded.set(p, t);
    this.expire(t);
  }

  /** The requested paths that were dropped (and are then forgotten); the rest are refused. */
  take(paths: readonly string[]): { accepted: string[]; refused: string[] } {
    const t = this.now();
    this.expire(t);
    const accepted: string[] = [];
    const refused: string[] = [];
    for (const p of paths) {
      if (this.recorded.has(p)) {
        this.recorded.delete(p);
        accepted.push(p);
      } else refused.push(p);
    }
    return { accepted, refused };
  }

  private expire(t: number): void {
    for (const [p, at] of this.recorded) if (t - at > DROP_TTL_MS) this.recorded.delete(p);
  }
}
