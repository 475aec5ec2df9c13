// A project on disk: DIR/project.bitext.json (the state), DIR/originals/ (byte copies of imported
// files, never modified), DIR/texts/ (decoded text, a cache derived from the originals).
// Every change is saved at once, atomically, with the previous generation kept as .bak.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../../shared/api/errors.js';
import {
  PROJECT_FILE_NAME,
  emptyProject,
  parseProjectFile,
  serializeProject,
  type DocumentRecord,
  type ProjectFile,
} from '../../../shared/project/format.js';
import { writeFileAtomic } from './atomic-write.js';

export interface OpenResult {
  store: ProjectStore;
  created: boolean;
  /** Set when the project file was damaged and the backup was loaded instead. */
  recoveredFrom?: string;
}

export class ProjectStore {
  private state: ProjectFile;
  private readonly textCache = new Map<string, string>();

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

  /** Opens DIR's project, or creates an empty one when DIR has none (and create is allowed). */
  static async open(dir: string, opts: { create?: boolean; name?: string } = {}): Promise<OpenResult> {
    const abs = path.resolve(dir);
    const file = path.join(abs, PROJECT_FILE_NAME);
    let text: string | null = null;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new WorkbenchError('project.unwritable', { reason: code ?? 'read error' }, String(e));
    }
    if (text === null) {
      if (!opts.create) throw new WorkbenchError('project.notFound', { path: abs });
      await fsp.mkdir(abs, { recursive: true });
      const store = new ProjectStore(abs, emptyProject(opts.name ?? path.basename(abs), new Date().toISOString()));
      await store.save();
      return { store, created: true };
    }
    const parsed = parseProjectFile(text);
    if (parsed.ok) return { store: new ProjectStore(abs, parsed.project), created: false };
    if (parsed.code === 'project.newerVersion') {
      // Never touch a file written by a newer version: it may be perfectly fine.
      throw new WorkbenchError('project.newerVersion', { version: parsed.version ?? '?' });
    }
    // Damaged: fall back to the previous generation, keep the damaged file for inspection.
    const bak = await fsp.readFile(`${file}.bak`, 'utf8').catch(() => null);
    const fromBak = bak === null ? null : parseProjectFile(bak);
    if (fromBak?.ok) {
      const kept = `${file}.corrupt-${Date.now()}`;
      await fsp.rename(file, kept);
      const store = new ProjectStore(abs, fromBak.project);
      await store.save();
      return { store, created: false, recoveredFrom: `${file}.bak` };
    }
    throw new WorkbenchError('project.corrupt', { reason: parsed.reason });
  }

  /** Applies a change and saves it. The mutator works on a copy: a throw leaves state untouched. */
  async update(mutate: (draft: ProjectFile) => void): Promise<ProjectFile> {
    const draft = structuredClone(this.state);
    mutate(draft);
    draft.savedAt = new Date().toISOString();
    const previous = this.state;
    this.state = draft;
    try {
      await this.save();
    } catch (e) {
      this.state = previous;
      throw new WorkbenchError('project.unwritable', { reason: (e as NodeJS.ErrnoException).code ?? 'write error' }, String(e));
    }
    return this.state;
  }

  private async save(): Promise<void> {
    await writeFileAtomic(this.file, serializeProject(this.state), { keepBackup: true });
  }

  findDocument(id: string): DocumentRecord {
    const rec = this.state.documents.find((d) => d.id === id);
    if (!rec) throw new WorkbenchError('document.notFound', { id });
    return rec;
  }

  originalPath(sha256: string, name: string): string {
    const ext = path.extname(name).toLowerCase().replace(/[^.a-z0-9]/g, '');
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
      await fsp.chmod(p, 0o444).catch(() => undefined);
    }
  }

  async readOriginal(rec: DocumentRecord): Promise<Uint8Array> {
    return fsp.readFile(this.originalPath(rec.sha256, rec.name));
  }

  private textPath(id: string): string {
    return path.join(this.dir, 'texts', `${id}.txt`);
  }

  async storeText(id: string, text: string): Promise<void> {
    await fsp.mkdir(path.join(this.dir, 'texts'), { recursive: true });
    await writeFileAtomic(this.textPath(id), text);
    this.textCache.set(id, text);
  }

  /** The decoded text; the cache is rebuilt from the original by the caller when missing. */
  async readText(id: string): Promise<string | null> {
    const cached = this.textCache.get(id);
    if (cached !== undefined) return cached;
    try {
      const t = await fsp.readFile(this.textPath(id), 'utf8');
      this.textCache.set(id, t);
      return t;
    } catch {
      return null;
    }
  }

  async removeDerived(id: string): Promise<void> {
    this.textCache.delete(id);
    await fsp.rm(this.textPath(id), { force: true });
  }
}
