// A project on disk: DIR/project.bitext.json (the state), DIR/originals/ (byte copies of imported
// files, never modified), DIR/texts/ (decoded text, a cache derived from the originals).
// Every change is saved at once, atomically, with the previous generation kept as .bak. A change
// that also rewrites side files (alignments) goes through a write-ahead journal, so the project
// and its side files always move together; memory follows disk, never the other way round.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { PROJECT_FILE_NAME, emptyProject, parseProjectFile, serializeProject, type DocumentRecord, type ProjectFile } from '../../../shared/project/format.js';
import { log } from '../log/logger.js';
import { writeFileAtomic } from './atomic-write.js';
import { acquireProjectLock, type LockInfo } from './project-lock.js';

export const JOURNAL_FILE_NAME = '.journal.json';
/**
 * The last completed unit that wrote side files, with what those files held before it. When the
 * project has to come back from its .bak (the generation before that unit), the side files come
 * back with it, so alignment and history stay in step.
 */
export const LAST_UNIT_FILE_NAME = '.journal.last.json';
const JOURNAL_FORMAT = 'bitext-workbench-journal';

/** A side file written in the same atomic unit as the project (path relative to the project folder). */
export interface SideWrite {
  rel: string;
  data: string;
}

export interface OpenResult {
  store: ProjectStore;
  created: boolean;
  /** Set when the project file was damaged or missing and the backup was loaded instead. */
  recoveredFrom?: string;
  /** Every repair made while opening (journal replayed, temp files removed, copies kept), for the log and the user. */
  recoveries: string[];
  /** Set when another process holds the project: this store is read-only. */
  lockedBy?: LockInfo;
}

export interface OpenOptions {
  create?: boolean;
  name?: string;
  /** Open without taking the lock (inspection, export). */
  readOnly?: boolean;
}

export class ProjectStore {
  private state: ProjectFile;
  private readonly textCache = new Map<string, string>();
  /** Changes are applied one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();
  private releaseLock: (() => Promise<void>) | null = null;
  /** Who holds the project when this store could not take the lock. */
  lockedBy: LockInfo | null = null;

  private constructor(
    readonly dir: string,
    state: ProjectFile,
  ) {
    this.state = state;
  }

  get file(): string {
    return path.join(this.dir, PROJECT_FILE_NAME);
  }
  get project(): ProjectFile {
    return this.state;
  }
  get readOnly(): boolean {
    return this.lockedBy !== null;
  }

  /** Opens DIR's project, or creates an empty one when DIR has none (and create is allowed). */
  static async open(dir: string, opts: OpenOptions = {}): Promise<OpenResult> {
    const abs = path.resolve(dir);
    const file = path.join(abs, PROJECT_FILE_NAME);
    const recoveries: string[] = [];
    let lockedBy: LockInfo | undefined;
    let release: (() => Promise<void>) | null = null;
    const exists = await fsp.stat(abs).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!exists && !opts.create) throw new WorkbenchError('project.notFound', { path: abs });
    if (!exists) await fsp.mkdir(abs, { recursive: true });
    if (!opts.readOnly) {
      const lock = await acquireProjectLock(abs);
      if (lock.acquired) release = lock.release;
      else {
        lockedBy = lock.holder;
        log.warn('project.locked', { dir: abs, pid: lock.holder.pid, host: lock.holder.host });
      }
    }
    try {
      // Only the lock holder repairs: another process may be in the middle of a write.
      if (release) {
        recoveries.push(...(await replayJournal(abs)));
        recoveries.push(...(await removeOrphanTemps(abs)));
      }
      const opened = await ProjectStore.load(abs, file, opts, recoveries, release !== null);
      opened.store.releaseLock = release;
      if (lockedBy) opened.store.lockedBy = lockedBy;
      for (const r of recoveries) log.warn('project.recovery', { dir: abs, what: r });
      return { ...opened, recoveries, ...(lockedBy ? { lockedBy } : {}) };
    } catch (e) {
      if (release) await release();
      throw e;
    }
  }

  private static async load(
    abs: string,
    file: string,
    opts: OpenOptions,
    recoveries: string[],
    canWrite: boolean,
  ): Promise<Omit<OpenResult, 'recoveries' | 'lockedBy'>> {
    const text = await readOrNull(file);
    const bakFile = `${file}.bak`;
    if (text === null) {
      // A missing project file with a backup is a project that lost its file, not a new project.
      const bak = await readOrNull(bakFile);
      if (bak !== null) {
        const fromBak = parseProjectFile(bak);
        if (!fromBak.ok) throw new WorkbenchError('project.corrupt', { reason: `project file missing and its backup unreadable (${fromBak.reason})` });
        const store = new ProjectStore(abs, fromBak.project);
        if (canWrite) await fsp.copyFile(bakFile, file);
        recoveries.push(`project file missing: restored from ${path.basename(bakFile)}`);
        if (canWrite) recoveries.push(...(await restoreSidesOf(abs, fromBak.project.savedAt)));
        return { store, created: false, recoveredFrom: bakFile };
      }
      if (!opts.create) throw new WorkbenchError('project.notFound', { path: abs });
      if (!canWrite) throw new WorkbenchError('project.notFound', { path: abs });
      const store = new ProjectStore(abs, emptyProject(opts.name ?? path.basename(abs), new Date().toISOString()));
      await store.save(store.state, []);
      return { store, created: true };
    }
    const parsed = parseProjectFile(text);
    if (parsed.ok) {
      if (parsed.migrated && canWrite) {
        // Migrations keep a copy of the file they read, byte for byte.
        const copy = `${file}.pre-migration-${Date.now()}`;
        await fsp.writeFile(copy, text);
        recoveries.push(`migrated to the current format; the previous file is kept as ${path.basename(copy)}`);
        const store = new ProjectStore(abs, parsed.project);
        await store.save(store.state, []);
        return { store, created: false };
      }
      return { store: new ProjectStore(abs, parsed.project), created: false };
    }
    if (parsed.code === 'project.newerVersion') {
      // Never touch a file written by a newer version: it may be perfectly fine.
      throw new WorkbenchError('project.newerVersion', { version: parsed.version ?? '?' });
    }
    // Damaged: fall back to the previous generation, keep the damaged file for inspection.
    const bak = await readOrNull(bakFile);
    const fromBak = bak === null ? null : parseProjectFile(bak);
    if (fromBak?.ok && canWrite) {
      const kept = `${file}.corrupt-${Date.now()}`;
      await fsp.rename(file, kept);
      const store = new ProjectStore(abs, fromBak.project);
      await store.save(store.state, []);
      recoveries.push(`project file damaged (${parsed.reason}): kept as ${path.basename(kept)}, restored from ${path.basename(bakFile)}`);
      recoveries.push(...(await restoreSidesOf(abs, fromBak.project.savedAt)));
      return { store, created: false, recoveredFrom: bakFile };
    }
    if (fromBak?.ok) return { store: new ProjectStore(abs, fromBak.project), created: false, recoveredFrom: bakFile };
    throw new WorkbenchError('project.corrupt', { reason: parsed.reason });
  }

  /** Releases the lock (the store stays readable). */
  async close(): Promise<void> {
    await this.queue.catch(() => /* no-log: that update's caller got its failure */ undefined);
    const r = this.releaseLock;
    this.releaseLock = null;
    if (r) await r();
  }

  /**
   * Applies a change and saves it, with any side files, as one atomic unit. Changes run one at a
   * time in call order; the mutator sees the state left by the previous change. The in-memory
   * state changes only once the save is durable: a failed save leaves memory as it was and throws.
   */
  update(mutate: (draft: ProjectFile) => void, opts: { side?: SideWrite[] | (() => SideWrite[]) } = {}): Promise<ProjectFile> {
    const run = async () => {
      if (this.lockedBy) throw new WorkbenchError('project.readOnly', { pid: this.lockedBy.pid, host: this.lockedBy.host });
      const draft = structuredClone(this.state);
      mutate(draft);
      draft.savedAt = nextStamp(this.state.savedAt);
      const side = typeof opts.side === 'function' ? opts.side() : (opts.side ?? []);
      try {
        await this.save(draft, side);
      } catch (e) {
        log.error('project.saveFailed', { dir: this.dir, error: e });
        throw new WorkbenchError('project.unwritable', { reason: (e as NodeJS.ErrnoException).code ?? 'write error' }, String(e));
      }
      this.state = draft;
      return draft;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => /* no-log: the caller of `next` gets the failure; the queue goes on */ undefined);
    return next;
  }

  private async save(state: ProjectFile, side: SideWrite[]): Promise<void> {
    const projectText = serializeProject(state);
    if (side.length === 0) {
      await writeFileAtomic(this.file, projectText, { keepBackup: true });
      return;
    }
    // Write-ahead: the journal holds the whole unit; once it is on disk, recovery can finish the rest.
    // It also holds the side files' previous content and the generations (savedAt) it goes from and
    // to: kept after the unit as LAST_UNIT_FILE_NAME, it lets a .bak restore take the sides back too.
    const journal = path.join(this.dir, JOURNAL_FILE_NAME);
    const prior = await Promise.all(side.map(async (s) => ({ rel: s.rel, data: await readOrNull(this.resolveSide(s.rel)) })));
    const unit: Journal = { format: JOURNAL_FORMAT, project: projectText, side, prior, before: this.state.savedAt, after: state.savedAt };
    await writeFileAtomic(journal, JSON.stringify(unit));
    for (const s of side) {
      const target = this.resolveSide(s.rel);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, s.data);
    }
    await writeFileAtomic(this.file, projectText, { keepBackup: true });
    await fsp.rename(journal, path.join(this.dir, LAST_UNIT_FILE_NAME));
  }

  private resolveSide(rel: string): string {
    const target = path.resolve(this.dir, rel);
    if (path.relative(this.dir, target).startsWith('..') || path.isAbsolute(rel)) throw new Error(`side file outside the project: ${rel}`);
    return target;
  }

  findDocument(id: string): DocumentRecord {
    const rec = this.state.documents.find((d) => d.id === id);
    if (!rec) throw new WorkbenchError('document.notFound', { id });
    return rec;
  }

  originalPath(sha256: string, name: string): string {
    const ext = path
      .extname(name)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '');
    return path.join(this.dir, 'originals', `${sha256}${ext}`);
  }

  /** Stores the original bytes (content-addressed, so re-importing the same file costs nothing). */
  async storeOriginal(sha256: string, name: string, bytes: Uint8Array): Promise<void> {
    const p = this.originalPath(sha256, name);
    await fsp.mkdir(path.dirname(p), { recursive: true });
    try {
      await fsp.access(p);
    } catch {
      await writeFileAtomic(p, bytes);
      // Read-only: nothing in the app should ever write to an original.
      await fsp.chmod(p, 0o444).catch((e: unknown) => log.warn('project.chmodFailed', { file: p, error: e }));
    }
  }

  async readOriginal(rec: DocumentRecord): Promise<Uint8Array> {
    return fsp.readFile(this.originalPath(rec.sha256, rec.name));
  }

  private textPath(id: string): string {
    return path.join(this.dir, 'texts', `${id}.txt`);
  }

  async storeText(id: string, text: string): Promise<void> {
    this.textCache.set(id, text);
    // A read-only viewer keeps derived text in memory only.
    if (this.lockedBy) return;
    await fsp.mkdir(path.join(this.dir, 'texts'), { recursive: true });
    await writeFileAtomic(this.textPath(id), text);
  }

  /** The decoded text; the cache is rebuilt from the original by the caller when missing. */
  async readText(id: string): Promise<string | null> {
    const cached = this.textCache.get(id);
    if (cached !== undefined) return cached;
    try {
      const t = await fsp.readFile(this.textPath(id), 'utf8');
      this.textCache.set(id, t);
      return t;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('project.textCacheUnreadable', { id, error: e });
      return null;
    }
  }

  async removeDerived(id: string): Promise<void> {
    this.textCache.delete(id);
    await fsp.rm(this.textPath(id), { force: true });
  }
}

async function readOrNull(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new WorkbenchError('project.unwritable', { reason: code ?? 'read error' }, String(e));
  }
}

interface Journal {
  format: typeof JOURNAL_FORMAT;
  project: string;
  side: SideWrite[];
  /** Each side file's content before the unit (null: it did not exist). */
  prior?: Array<{ rel: string; data: string | null }>;
  /** savedAt of the generation the unit started from, and of the one it wrote. */
  before?: string;
  after?: string;
}

/** A savedAt later than the previous one, even within the same millisecond: generations are told apart by it. */
function nextStamp(previous: string): string {
  const now = Date.now();
  const last = Date.parse(previous);
  return new Date(Number.isFinite(last) && last >= now ? last + 1 : now).toISOString();
}

/**
 * The project came back from its .bak (generation `restored`). If the last unit with side files
 * is the one that went from that generation to the lost one, its side files are ahead of the
 * project: they are put back as they were (the ahead copies kept aside), so history and alignment
 * stay in step. Any other case: the side files already match the restored generation.
 */
async function restoreSidesOf(dir: string, restored: string): Promise<string[]> {
  const lastFile = path.join(dir, LAST_UNIT_FILE_NAME);
  const text = await readOrNull(lastFile);
  if (text === null) return [];
  let unit: Partial<Journal>;
  try {
    unit = JSON.parse(text) as Partial<Journal>;
  } catch (error) {
    log.warn('project.lastUnitUnreadable', { dir, error });
    return [];
  }
  if (unit.format !== JOURNAL_FORMAT || unit.before !== restored || !Array.isArray(unit.prior)) return [];
  const stamp = Date.now();
  const names: string[] = [];
  for (const p of unit.prior) {
    const target = path.resolve(dir, String(p.rel));
    if (path.relative(dir, target).startsWith('..')) continue;
    // Never destroys: the copy that belonged to the lost generation is kept aside.
    await fsp.rename(target, `${target}.ahead-${stamp}`).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    if (p.data !== null) await writeFileAtomic(target, p.data);
    names.push(String(p.rel));
  }
  await fsp.rm(lastFile, { force: true });
  return names.length ? [`side file(s) ${names.join(', ')} taken back to the restored generation (newer copies kept as *.ahead-${stamp})`] : [];
}

/** Finishes a unit a crash interrupted: the journal is complete (written atomically), so replaying it is safe. */
async function replayJournal(dir: string): Promise<string[]> {
  const journal = path.join(dir, JOURNAL_FILE_NAME);
  const text = await readOrNull(journal);
  if (text === null) return [];
  let parsed: { format?: unknown; project?: unknown; side?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    parsed = {}; // no-log: a torn journal is rejected just below, and that is logged
  }
  if (parsed.format !== JOURNAL_FORMAT || typeof parsed.project !== 'string' || !Array.isArray(parsed.side)) {
    const kept = `${journal}.corrupt-${Date.now()}`;
    await fsp.rename(journal, kept);
    return [`unreadable journal set aside as ${path.basename(kept)}`];
  }
  for (const s of parsed.side as SideWrite[]) {
    const target = path.resolve(dir, String(s.rel));
    if (path.relative(dir, target).startsWith('..')) continue;
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, String(s.data));
  }
  await writeFileAtomic(path.join(dir, PROJECT_FILE_NAME), parsed.project, { keepBackup: true });
  await fsp.rename(journal, path.join(dir, LAST_UNIT_FILE_NAME));
  return [`an interrupted save was completed from the journal (${parsed.side.length} side file(s))`];
}

/** Temp files of atomic writes that a crash left behind (".<name>.<pid>.<hex>.tmp"). */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

async function removeOrphanTemps(dir: string): Promise<string[]> {
  let removed = 0;
  for (const sub of ['', 'alignments', 'texts', 'originals']) {
    const d = path.join(dir, sub);
    const names = await fsp.readdir(d).catch((error: unknown) => {
      log.warnUnlessMissing('project.tempScanFailed', error, { dir: d });
      return [] as string[];
    });
    for (const n of names) {
      if (!TEMP_NAME.test(n)) continue;
      await fsp.rm(path.join(d, n), { force: true });
      removed++;
    }
  }
  return removed ? [`${removed} temporary file(s) left by an interrupted save removed`] : [];
}
